/**
 * Runs a storage operation, or fails once `ms` pass without an answer. A database that opens
 * after that is closed when it does (the operation's own `finally`), so it holds nothing open.
 */
export function withTimeout<T>(ms: number, operation: () => Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`this browser's storage did not answer within ${seconds(ms)}`)),
      ms,
    );
    operation().then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

function seconds(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${Math.round(ms / 1000)} s`;
}

/** Runs one loading step as a `sourceline:<step>` performance measure, for the benchmark. */
export async function timed<T>(step: string, work: () => T | Promise<T>): Promise<T> {
  const start = performance.now();
  try {
    return await work();
  } finally {
    performance.measure(`sourceline:${step}`, { start, end: performance.now() });
  }
}

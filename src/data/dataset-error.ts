/** A dataset that was fetched but cannot be shown, with every problem in words. */
export class DatasetError extends Error {
  readonly problems: readonly string[];

  constructor(summary: string, problems: readonly string[]) {
    super(summary);
    this.name = "DatasetError";
    this.problems = problems;
  }
}

/** A dataset or source text that could not be fetched (network, HTTP status, timeout). */
export class FetchError extends Error {
  /**
   * Whether asking again at once may well succeed: true for a connection that failed and for a
   * server error (5xx); false for a 4xx, which says the address itself is wrong, and for a
   * timeout, which has already waited 20 s.
   */
  readonly transient: boolean;

  constructor(message: string, { transient }: { transient: boolean }) {
    super(message);
    this.name = "FetchError";
    this.transient = transient;
  }
}

/** Whether a failed load is worth retrying by itself (a FetchError that may pass). */
export function isTransient(error: Error): boolean {
  return error instanceof FetchError && error.transient;
}

/** Problems listed before the rest are only counted: enough to act on, never a flood. */
const MAX_PROBLEMS = 50;

/** The first 50 problems, then how many more there are. */
export function capProblems(problems: readonly string[]): readonly string[] {
  if (problems.length <= MAX_PROBLEMS) return problems;
  return [
    ...problems.slice(0, MAX_PROBLEMS),
    `…and ${problems.length - MAX_PROBLEMS} more problems`,
  ];
}

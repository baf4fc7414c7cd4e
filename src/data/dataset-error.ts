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
  constructor(message: string) {
    super(message);
    this.name = "FetchError";
  }
}

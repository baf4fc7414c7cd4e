import { describe, expect, it } from "vitest";
import { DatasetError, FetchError } from "../../src/data/dataset-error";
import { shouldRetry } from "../../src/data/dataset-query";

const unreachable = new FetchError("https://example.org/a.json could not be reached.", {
  transient: true,
});

describe("shouldRetry", () => {
  it("tries a connection that failed or a server error twice more, then gives up", () => {
    const serverError = new FetchError("https://example.org/a.json answered 503.", {
      transient: true,
    });
    for (const error of [unreachable, serverError]) {
      expect([0, 1, 2].map((failures) => shouldRetry(failures, error))).toEqual([
        true,
        true,
        false,
      ]);
    }
  });

  it("says a 404, a timeout or an invalid dataset at once, without asking again", () => {
    const final = [
      new FetchError("https://example.org/a.json answered 404 Not Found.", { transient: false }),
      new FetchError("https://example.org/a.json did not answer within 20 s.", {
        transient: false,
      }),
      new DatasetError("The dataset at https://example.org/a.json is not valid.", ["title"]),
      new TypeError("x is undefined"),
    ];
    for (const error of final) expect(shouldRetry(0, error)).toBe(false);
  });
});

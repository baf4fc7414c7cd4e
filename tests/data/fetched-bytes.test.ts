import { describe, expect, it } from "vitest";
import { fetchedLength, joinFetched, ownBuffers } from "../../src/data/fetched-bytes";

describe("a download's bytes in pieces", () => {
  it("are joined in order, and one piece is itself", () => {
    const pieces = [Uint8Array.of(1, 2), Uint8Array.of(), Uint8Array.of(3)];
    expect(fetchedLength(pieces)).toBe(3);
    expect([...joinFetched(pieces)]).toEqual([1, 2, 3]);
    const one = Uint8Array.of(7, 8);
    expect(joinFetched([one])).toBe(one);
    expect(joinFetched(one)).toBe(one);
    expect(fetchedLength(one)).toBe(2);
  });

  it("hand over only the buffers a piece has whole to itself", () => {
    const whole = Uint8Array.of(1, 2, 3);
    const shared = new Uint8Array(8);
    const view = shared.subarray(2, 4);
    expect(ownBuffers([whole, view])).toEqual([whole.buffer]);
    expect(ownBuffers(whole)).toEqual([whole.buffer]);
  });
});

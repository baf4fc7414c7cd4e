import { describe, expect, it } from "vitest";
import { isAddressReference, isHttpAddress } from "../../src/data/address";

describe("isAddressReference", () => {
  it("takes relative and absolute addresses a URL parser takes", () => {
    expect(isAddressReference("texts/article.txt")).toBe(true);
    expect(isAddressReference("../sources/a b.txt")).toBe(true);
    expect(isAddressReference("https://example.org/a.txt")).toBe(true);
  });

  it("refuses one that no base makes parseable", () => {
    expect(isAddressReference("http://[")).toBe(false);
    expect(isAddressReference("//exa mple.org/a.txt")).toBe(false);
  });
});

describe("isHttpAddress", () => {
  it("takes a well-formed http(s) address, in any case", () => {
    expect(isHttpAddress("https://www.presstv.ir/Detail/2021/08/19/664764")).toBe(true);
    expect(isHttpAddress("HTTP://example.org")).toBe(true);
  });

  it("refuses another scheme, a relative address and a malformed one", () => {
    expect(isHttpAddress("javascript:alert(1)")).toBe(false);
    expect(isHttpAddress("/relative")).toBe(false);
    expect(isHttpAddress("http://[")).toBe(false);
  });
});

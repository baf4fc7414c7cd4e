import { describe, expect, it } from "vitest";
import { linkHost } from "../../src/domain/link-host";

describe("linkHost", () => {
  it("gives the host of an http(s) address, with its port", () => {
    expect(linkHost("https://www.presstv.ir/Detail/2021")).toBe("www.presstv.ir");
    expect(linkHost("http://example.org:8080/a")).toBe("example.org:8080");
  });

  it("gives an internationalised host as punycode, so a look-alike shows what it is", () => {
    // Cyrillic "а" in place of the Latin one.
    expect(linkHost("https://\u0430pple.com/")).toBe("xn--pple-43d.com");
  });

  it("gives nothing for an address that is not http(s) or not an address", () => {
    expect(linkHost("javascript:alert(1)")).toBeUndefined();
    expect(linkHost("mailto:a@example.org")).toBeUndefined();
    expect(linkHost("not a url")).toBeUndefined();
  });
});

import { describe, expect, it } from "vitest";
import { rawCaptureUrl } from "../../src/domain/archive-capture";

const ORIGINAL = "https://www.presstv.ir/Detail/2021/08/19/664764/Russia-Sergei-Lavrov";

describe("rawCaptureUrl", () => {
  it("asks the Wayback Machine for the capture as archived (id_), keeping its timestamp", () => {
    expect(rawCaptureUrl(`https://web.archive.org/web/20210819/${ORIGINAL}`)).toBe(
      `https://web.archive.org/web/20210819id_/${ORIGINAL}`,
    );
    expect(rawCaptureUrl(`http://web.archive.org/web/20210820101500if_/${ORIGINAL}`)).toBe(
      `https://web.archive.org/web/20210820101500id_/${ORIGINAL}`,
    );
  });

  it("keeps another archive's address as it is", () => {
    expect(rawCaptureUrl("https://archive.ph/AbCdE")).toBe("https://archive.ph/AbCdE");
    expect(rawCaptureUrl(`https://web.archive.org/save/${ORIGINAL}`)).toBe(
      `https://web.archive.org/save/${ORIGINAL}`,
    );
  });
});

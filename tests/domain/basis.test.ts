import { describe, expect, it } from "vitest";
import { basisStatement } from "../../src/domain/basis";
import type { DateBasis, When } from "../../src/domain/types";

const utc = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

function when(basis: DateBasis, start = "2021-08-19", note = ""): When {
  return { start: utc(start), precision: "day", approximate: false, basis, note };
}

describe("basisStatement", () => {
  it("is the date's note, in its own words, where it has one", () => {
    const note =
      "The article says Lavrov spoke “on Thursday”, resolved against its publication date, Thu 19 Aug 2021.";
    expect(basisStatement(when("relative", "2021-08-19", note))).toBe(note);
    expect(basisStatement(when("external", "2003-02-14", "Reported by TASS."))).toBe(
      "Reported by TASS.",
    );
  });

  it("names the weekday resolved for a relative date without a note", () => {
    expect(basisStatement(when("relative", "2021-08-15"))).toBe(
      "The text names the weekday (Sunday), resolved against the publication date.",
    );
  });

  it("says in words how an explicit, inferred or external date without a note is known", () => {
    expect(basisStatement(when("explicit"))).toBe("Stated in the text.");
    expect(basisStatement(when("inferred"))).toBe("Inferred from the text.");
    expect(basisStatement(when("external"))).toBe("From another source.");
  });

  it("treats a blank note as none", () => {
    expect(basisStatement(when("explicit", "2021-08-19", "  "))).toBe("Stated in the text.");
  });
});

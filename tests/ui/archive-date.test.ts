import { describe, expect, it } from "vitest";
import { archivedCopyLabel } from "../../src/ui/archive-date";

describe("archivedCopyLabel", () => {
  it("says the day the copy was taken, when it is known", () => {
    expect(archivedCopyLabel("2021-08-19")).toBe("Archived copy (19 Aug 2021)");
    expect(archivedCopyLabel(undefined)).toBe("Archived copy");
    expect(archivedCopyLabel("someday")).toBe("Archived copy");
  });
});

import { describe, expect, it } from "vitest";
import { toSourcelineJson } from "../../../src/data/export/to-sourceline-json";
import { toTimelineJs } from "../../../src/data/export/to-timelinejs";
import type { Dataset } from "../../../src/domain/types";
import { dayEvent } from "../../fixtures/day-events";

const dataset = (count: number): Dataset => {
  const events = Array.from({ length: count }, (_, i) => dayEvent(`e-${i}`, i % 300));
  return { title: "Many", description: "", sources: [], events, eras: [], warnings: [] };
};

describe("exported JSON", () => {
  it("is indented up to 1,000 events, for reading, and compact past that", () => {
    for (const write of [toSourcelineJson, toTimelineJs]) {
      const small = dataset(1000);
      const large = dataset(1001);
      const indented = write(small, small.events);
      const compact = write(large, large.events);
      expect(indented).toContain('\n  "title": ');
      expect(compact).not.toContain("\n  ");
      expect(compact.endsWith("}\n")).toBe(true);
      expect(JSON.parse(compact).events).toHaveLength(1001);
    }
  });
});

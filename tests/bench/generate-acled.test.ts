import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ACLED_COLUMNS, writeAcled } from "../../bench/generate-acled.mjs";
import { ACLED_COLUMNS as READ_COLUMNS } from "../../src/data/acled/acled-columns";
import { readDataset } from "../../src/data/read-dataset";

describe("the benchmark's ACLED export", () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  function generate(size: number): string {
    const dir = mkdtempSync(join(tmpdir(), "acled-"));
    dirs.push(dir);
    return readFileSync(writeAcled(size, dir).path, "utf8");
  }

  it("has ACLED's full column set, in ACLED's order", () => {
    expect(ACLED_COLUMNS).toEqual(READ_COLUMNS);
    expect(generate(1).split("\n")[0]).toBe(READ_COLUMNS.join(","));
  });

  it("is the same bytes every time", () => {
    expect(generate(300)).toBe(generate(300));
  });

  it("opens as an ACLED export with every row an event, mostly day-precise, in 2018–2024", async () => {
    const dataset = await readDataset(generate(500), { name: "acled-500.csv", label: "x" });
    expect(dataset.origin?.format).toBe("ACLED CSV export");
    expect(dataset.events).toHaveLength(500);
    expect(dataset.skipped).toBe(0);
    const years = dataset.events.map((event) => new Date(event.when.start).getUTCFullYear());
    expect(Math.min(...years)).toBeGreaterThanOrEqual(2018);
    expect(Math.max(...years)).toBeLessThanOrEqual(2024);
    const approximate = dataset.events.filter((event) => event.when.approximate).length;
    expect(approximate).toBeGreaterThan(20);
    expect(approximate).toBeLessThan(150);
    expect(dataset.events.every((event) => event.countries.length === 1)).toBe(true);
    expect(new Set(dataset.events.map((event) => event.countries[0])).size).toBeGreaterThan(25);
  });
});

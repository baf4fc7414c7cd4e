import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readDataset } from "../../src/data/read-dataset";
import { receivedShare, shareReceived } from "../../src/data/share-received";

// Through a variable: Vite rewrites a literal `new URL("…", import.meta.url)` into an asset.
const HERE = import.meta.url;
const FIXTURE = readFileSync(new URL("../fixtures/acled/exampleville.csv", HERE), "utf8");

describe("shareReceived", () => {
  it("keeps every value, and shares the lists and dates of events sent in different batches", async () => {
    const [header = "", first = ""] = FIXTURE.split("\n");
    // The same row under two ids: the same country, actors and date.
    const csv = [header, first, first.replace(/^XMP1,/, "XMP100,")].join("\n");
    const { events } = await readDataset(csv, { name: "two.csv", label: "The file two.csv" });
    // Each batch is its own copy, as a message makes.
    const batches = events.map((event) => [structuredClone(event)]);
    const share = receivedShare();
    const received = batches.flatMap((batch) => shareReceived(batch, share));

    expect(received).toEqual(events);
    const [a, b] = received;
    expect(a?.countries).toBe(b?.countries);
    expect(a?.actors).toBe(b?.actors);
    expect(a?.when).toBe(b?.when);
    expect(a?.quotes).toBe(b?.quotes);
    expect(Object.isFrozen(a?.countries)).toBe(true);
  });
});

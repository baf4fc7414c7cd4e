import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { eventsDecoder, eventsEncoder, wireTransfer } from "../../src/data/events-wire";
import { readDataset } from "../../src/data/read-dataset";
import type { TimelineEvent } from "../../src/domain/types";
import { kabulDataset } from "../fixtures/kabul";
import { kabulEdited } from "../fixtures/kabul-edited";

const FIXTURES = join(import.meta.dirname, "../fixtures");

/** The events across the wire in batches of `size`, each batch cloned as postMessage would. */
function acrossTheWire(events: readonly TimelineEvent[], size: number): TimelineEvent[] {
  const encode = eventsEncoder();
  const decode = eventsDecoder();
  const out: TimelineEvent[] = [];
  for (let from = 0; from < events.length; from += size) {
    const wire = encode(events.slice(from, from + size));
    out.push(...decode(structuredClone(wire, { transfer: wireTransfer(wire) })));
  }
  return out;
}

async function opened(file: string) {
  const text = readFileSync(join(FIXTURES, file), "utf8");
  return (await readDataset(text, { name: file, label: `The file ${file}` })).events;
}

describe("events across the wire from the reading Worker", () => {
  it("come back as they were built: every field, and no field the build left out", async () => {
    const kabul = kabulDataset().events;
    // A quotation flagged as not found in its source.
    const flagged = kabul.map((event, i) =>
      i === 0
        ? { ...event, quotes: event.quotes.map((quote) => ({ ...quote, missing: true })) }
        : event,
    );
    const samples = [
      flagged,
      // Citations and groups (ACLED), display dates, ranges, eras and minute times (TimelineJS).
      await opened("acled/exampleville.csv"),
      await opened("timelinejs/quirks.json"),
    ];
    const all = samples.flat();
    for (const field of ["citation", "group", "displayDate"] as const) {
      expect(all.some((event) => event[field] !== undefined)).toBe(true);
    }
    expect(all.some((event) => event.when.end !== undefined)).toBe(true);
    expect(all.some((event) => event.quotes.some((quote) => quote.speaker))).toBe(true);
    expect(all.some((event) => event.quotes.some((quote) => quote.missing))).toBe(true);
    for (const events of samples) {
      expect(events.length).toBeGreaterThan(2);
      expect(acrossTheWire(events, 3)).toStrictEqual(events);
    }
  });

  it("keep each quotation's status: moved, approximate with what changed, not found", async () => {
    const edited = await kabulEdited((article) =>
      `Updated.\n\n${article}`
        .replace("clear-headed", "clear headed")
        .replace("rational", "sensible")
        .replace("nothing in this world remains unchanged", "the world keeps on changing as ever"),
    );
    const quotes = edited.events.flatMap((event) => event.quotes);
    const statuses = new Set(quotes.map((quote) => quote.anchoring?.status ?? quote.missing));
    expect(statuses).toEqual(new Set(["moved", "approximate", true]));
    const back = acrossTheWire(edited.events, 4);
    expect(back).toStrictEqual(edited.events);
  });

  it("keep one string and one frozen list per repeated value, across batches", () => {
    const events = kabulDataset().events;
    const back = acrossTheWire(events, 2);
    const first = back.find((event) => event.countries.includes("RU"));
    expect(events).not.toContain(first);
    const same = back.filter((event) => event.countries.join() === first?.countries.join());
    expect(same.length).toBeGreaterThan(1);
    for (const event of same) expect(event.countries).toBe(first?.countries);
    expect(Object.isFrozen(first?.countries)).toBe(true);
  });

  it("say each repeated value once: a later batch sends only what is new", () => {
    const events = kabulDataset().events;
    const encode = eventsEncoder();
    const first = encode(events.slice(0, 8));
    const again = encode(events.slice(0, 8));
    expect(first.newStrings.length).toBeGreaterThan(0);
    expect(again.newStrings).toEqual([]);
    expect(again.newLists).toEqual([]);
  });
});

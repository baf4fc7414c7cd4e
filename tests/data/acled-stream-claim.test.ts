import { describe, expect, it } from "vitest";
import { startsAcledExport } from "../../src/data/acled-stream-claim";

const HEADER =
  "event_id_cnty,event_date,year,time_precision,event_type,sub_event_type,country,location";
const utf8 = (text: string) => new TextEncoder().encode(text);

describe("startsAcledExport", () => {
  it("says yes to an ACLED header row, with or without a BOM, once its line has ended", async () => {
    expect(await startsAcledExport([utf8(`${HEADER}\r\nXMP1,2021-08-15`)], false)).toBe(true);
    expect(await startsAcledExport([utf8(`\uFEFF${HEADER}\n`)], false)).toBe(true);
  });

  it("waits for the rest of a header row cut between pieces, and decides at the end", async () => {
    const pieces = [utf8(HEADER.slice(0, 30))];
    expect(await startsAcledExport(pieces, false)).toBeUndefined();
    expect(await startsAcledExport([...pieces, utf8(`${HEADER.slice(30)}\n`)], false)).toBe(true);
    expect(await startsAcledExport([utf8(HEADER)], true)).toBe(true);
  });

  it("says no to JSON, a TimelineJS sheet, a web page, binary bytes and nothing at all", async () => {
    for (const start of ['{"events": [', "Year,Month,Day,Headline\n", "<!doctype html>\n"]) {
      expect(await startsAcledExport([utf8(start)], false)).toBe(false);
    }
    expect(await startsAcledExport([new Uint8Array([0x1f, 0x8b, 8, 0])], false)).toBe(false);
    expect(await startsAcledExport([], true)).toBe(false);
  });
});

describe("startsAcledExport, given a first piece of only a byte order mark", () => {
  it("waits for the next piece", async () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf]);
    expect(await startsAcledExport([bom], false)).toBeUndefined();
    expect(await startsAcledExport([bom, utf8(`${HEADER}\n`)], false)).toBe(true);
  });
});

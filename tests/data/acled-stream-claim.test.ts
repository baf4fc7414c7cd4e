import { describe, expect, it } from "vitest";
import { startsAcledExport } from "../../src/data/acled-stream-claim";

const HEADER =
  "event_id_cnty,event_date,year,time_precision,event_type,sub_event_type,country,location";
const utf8 = (text: string) => new TextEncoder().encode(text);

describe("startsAcledExport", () => {
  it("says yes to an ACLED header row, with or without a BOM", async () => {
    expect(await startsAcledExport([utf8(`${HEADER}\r\nXMP1,2021-08-15`)], true)).toBe(true);
    expect(await startsAcledExport([utf8(`\uFEFF${HEADER}\n`)], true)).toBe(true);
  });

  it("waits for 64 KB, or the end, before saying yes", async () => {
    const start = utf8(`${HEADER}\n${"XMP1,2021-08-15\n".repeat(100)}`);
    expect(await startsAcledExport([start], false)).toBeUndefined();
    const more = utf8("XMP1,2021-08-15\n".repeat(5_000));
    expect(await startsAcledExport([start, more], false)).toBe(true);
  });

  it("reads a header row cut between pieces, and one with no line end at the end", async () => {
    const pieces = [utf8(HEADER.slice(0, 30)), utf8(`${HEADER.slice(30)}\n`)];
    expect(await startsAcledExport(pieces, true)).toBe(true);
    expect(await startsAcledExport([utf8(HEADER)], true)).toBe(true);
  });

  it("says no to JSON, a TimelineJS sheet, a web page, binary bytes and nothing at all", async () => {
    // JSON and a web page are told by their first byte; a CSV by its header row.
    for (const start of ['{"events": [', "<!doctype html>\n"]) {
      expect(await startsAcledExport([utf8(start)], false)).toBe(false);
    }
    expect(await startsAcledExport([utf8("Year,Month,Day,Headline\n")], true)).toBe(false);
    expect(await startsAcledExport([new Uint8Array([0x1f, 0x8b, 8, 0])], false)).toBe(false);
    expect(await startsAcledExport([], true)).toBe(false);
  });
});

describe("startsAcledExport, given a first piece of only a byte order mark", () => {
  it("waits for the next piece", async () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf]);
    expect(await startsAcledExport([bom], false)).toBeUndefined();
    expect(await startsAcledExport([bom, utf8(`${HEADER}\n`)], true)).toBe(true);
  });
});

describe("startsAcledExport, given an export saved as Windows-1252", () => {
  it("says no, so that it is read whole as Windows-1252 as before", async () => {
    // “é” as Windows-1252's one byte, which is not UTF-8.
    const row = Uint8Array.from([
      ...utf8("XMP1,2021-08-15,1,Battles,Armed clash,Chad,Ab"),
      0xe9,
      0x20,
    ]);
    expect(await startsAcledExport([utf8(`${HEADER}\n`), row], true)).toBe(false);
  });

  it("waits on a character cut off at the end of what has arrived", async () => {
    const start = utf8(`${HEADER}\n${"XMP1,2021-08-15\n".repeat(5_000)}Exampl\u00e9`);
    expect(await startsAcledExport([start.slice(0, -1)], false)).toBe(true);
  });
});

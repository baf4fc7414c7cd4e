import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DatasetError } from "../../src/data/dataset-error";
import { MAX_STREAMED_ROWS, readAcledStream } from "../../src/data/read-acled-stream";
import { readDataset } from "../../src/data/read-dataset";
import { failure } from "../rejection";
import type { Dataset } from "../../src/domain/types";

// Through a variable: Vite rewrites a literal `new URL("…", import.meta.url)` into an asset.
const HERE = import.meta.url;
const FIXTURE = readFileSync(new URL("../fixtures/acled/exampleville.csv", HERE), "utf8");
const options = {
  name: "exampleville.csv",
  label: "The file exampleville.csv",
  where: "exampleville.csv",
};

/** The bytes as a stream of pieces of `size` bytes; `pulled` counts the pieces read. */
function piecesOf(bytes: Uint8Array, size: number) {
  const state = { pulled: 0, cancelled: false };
  let offset = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (offset >= bytes.length) {
        controller.close();
        return;
      }
      state.pulled++;
      controller.enqueue(bytes.slice(offset, offset + size));
      offset += size;
    },
    cancel() {
      state.cancelled = true;
    },
  });
  return { stream, state };
}

const utf8 = (text: string) => new TextEncoder().encode(text);

describe("readAcledStream", () => {
  // A place name with letters of two, three and four bytes, so some cuts fall inside them.
  const text = FIXTURE.replaceAll("Exampleville", "Éxamplé-ville ₤ 😀");

  it("reads the same dataset as the whole text, however the bytes are cut", async () => {
    const whole = await readDataset(text, options);
    for (const size of [1, 2, 3, 7, 64, 1_000, 1 << 20]) {
      const { stream } = piecesOf(utf8(text), size);
      expect(await readAcledStream(stream, options)).toEqual(whole);
    }
  });

  it("skips a row it cannot read, naming its line and column, as the whole text does", async () => {
    const bad = `${text.trimEnd()}\nXMP9,someday,2021,1,,Battles,Armed clash,,,,,,,,,4,,Afghanistan,,,,Kabul,,,,,,,,,\n`;
    const streamed = await readAcledStream(piecesOf(utf8(bad), 5).stream, options);
    expect(streamed).toEqual(await readDataset(bad, options));
    expect(streamed.warnings.map((warning) => warning.text)).toContainEqual(
      expect.stringMatching(/^Skipped line 8, column event_date: /),
    );
  });

  it("refuses an export past its row limit as soon as it is passed, and stops reading", async () => {
    const rows = FIXTURE.trimEnd().split("\n");
    const long = [rows[0], ...Array.from({ length: 2_000 }, () => rows[1])].join("\n");
    const { stream, state } = piecesOf(utf8(long), 1_000);
    const error = await failure(readAcledStream(stream, { ...options, maxRows: 3 }));
    expect(error).toBeInstanceOf(DatasetError);
    expect(error).toHaveProperty("message", "The file exampleville.csv is not valid.");
    expect(error).toHaveProperty("problems", [
      "It has more than 3 rows; this app opens ACLED exports of up to 3 rows.",
    ]);
    expect(state.cancelled).toBe(true);
    expect(state.pulled).toBeLessThan(5);
  });

  it("opens up to 1,500,000 rows", () => {
    expect(MAX_STREAMED_ROWS).toBe(1_500_000);
  });

  it("names the line of a quoted cell that never closes", async () => {
    const open = `${FIXTURE.trimEnd()}\nXMP9,"2021-08-15,2021\n`;
    const error = await failure(readAcledStream(piecesOf(utf8(open), 9).stream, options));
    expect(error).toHaveProperty("problems", ["line 8: a quoted cell is never closed"]);
  });

  it("reads bytes that are not UTF-8 as “�” from where they start, and says so", async () => {
    const bytes = utf8(FIXTURE.replace("Exampleville", "Ex\u00e9"));
    // The two bytes of “é” become one Windows-1252 byte, which is not UTF-8.
    const at = bytes.findIndex((byte, i) => byte === 0xc3 && bytes[i + 1] === 0xa9);
    const broken = new Uint8Array([...bytes.subarray(0, at), 0xe9, ...bytes.subarray(at + 2)]);
    const dataset = await readAcledStream(piecesOf(broken, 100).stream, options);
    expect(dataset.events[0]?.title).toBe("Armed clash in Ex\uFFFD");
    expect(dataset.warnings[0]?.text).toMatch(
      /^exampleville\.csv is not all UTF-8: from about \d+ bytes on, bytes that are not were shown as “�”/,
    );
  });

  it("says an empty file is empty", async () => {
    const error = await failure(readAcledStream(piecesOf(utf8(""), 9).stream, options));
    expect(error).toHaveProperty("problems", ["It is empty."]);
  });
});

describe("readAcledStream's preview of when the events happen", () => {
  it("tells the starts of the rows read so far as they arrive, doubling, then all of them", async () => {
    const told: { count: number; soFar: boolean; sorted: boolean }[] = [];
    const { stream } = piecesOf(utf8(FIXTURE), 64);
    const dataset = await readAcledStream(stream, {
      ...options,
      startsFirstAt: 1,
      onStarts: (starts, soFar = false) => {
        const list = [...starts];
        told.push({
          count: list.length,
          soFar,
          sorted: list.every((time, i) => i === 0 || (list[i - 1] as number) <= time),
        });
      },
    });
    const rows = dataset.events.length;
    expect(rows).toBeGreaterThanOrEqual(4);
    const partial = told.filter((t) => t.soFar).map((t) => t.count);
    expect(partial.slice(0, 2)).toEqual([1, 2]);
    expect(told.at(-1)).toEqual({ count: rows, soFar: false, sorted: true });
    expect(told.every((t) => t.sorted)).toBe(true);
  });

  describe("the events read so far", () => {
    const [header = "", row = ""] = FIXTURE.split("\n");
    const exportOf = (ids: readonly string[]) =>
      [header, ...ids.map((id) => row.replace("XMP1", id))].join("\n") + "\n";
    const linePieces = (csv: string) => {
      const lines = csv.split(/(?<=\n)/);
      return new ReadableStream<Uint8Array>({
        pull(controller) {
          const line = lines.shift();
          if (line === undefined) controller.close();
          else controller.enqueue(utf8(line));
        },
      });
    };

    it("are told once, checked and built, after `partialAt` of them, while the rest is read", async () => {
      const told: Dataset[] = [];
      const ids = ["A1", "A2", "A3", "A4", "A5", "A6"];
      const whole = await readAcledStream(linePieces(exportOf(ids)), {
        ...options,
        partialAt: 3,
        onPartial: (partial) => void told.push(partial),
      });
      expect(told).toHaveLength(1);
      const soFar = told[0]?.events.map((event) => event.id) ?? [];
      expect(soFar.length).toBeGreaterThanOrEqual(3);
      expect(soFar.length).toBeLessThan(ids.length);
      const slugs = ids.map((id) => id.toLowerCase());
      expect(slugs.slice(0, soFar.length)).toEqual(expect.arrayContaining(soFar));
      expect(told[0]?.title).toBe(whole.title);
      expect(whole.events.map((event) => event.id)).toEqual(expect.arrayContaining(slugs));
    });

    it("count the rows read as events, and say which rows so far were skipped", async () => {
      const told: Dataset[] = [];
      const csv = exportOf(["D1", "D2", "D3", "D4", "D5"]).replace(
        /^(D2,)2021-08-15/m,
        "$1someday",
      );
      await readAcledStream(linePieces(csv), {
        ...options,
        partialAt: 2,
        onPartial: (partial) => void told.push(partial),
      });
      expect(told[0]?.events.map((event) => event.id).slice(0, 2)).toEqual(["d1", "d3"]);
      expect(told[0]?.skipped).toBe(1);
      expect(told[0]?.warnings.map((warning) => warning.text)).toContainEqual(
        expect.stringMatching(/^Skipped line 3, column event_date: /),
      );
    });

    it("are not told of an export shorter than `partialAt`", async () => {
      const told: Dataset[] = [];
      await readAcledStream(linePieces(exportOf(["C1", "C2"])), {
        ...options,
        partialAt: 3,
        onPartial: (partial) => void told.push(partial),
      });
      expect(told).toEqual([]);
    });
  });
});

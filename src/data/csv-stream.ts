import { formatCount } from "../domain/count";
import { readCsvRecords, type CsvCursor, type CsvRecord } from "./csv";

/**
 * The longest record read: a hundred times a long real one (ACLED's notes run to a few
 * thousand characters), so that an unclosed quote in a huge file is named, not read until the
 * text outgrows what a string can hold.
 */
export const MAX_RECORD_CHARS = 10_000_000;

/** Far longer than most records: only a rare record waits (a browser's pieces are 64 KB). */
const LONG_RECORD = 1 << 14;

/** A CSV parser fed text piece by piece, as a stream decodes it. */
export interface CsvStreamParser {
  /**
   * Reads the records the text so far completes, handing each to the parser's `onRecord`;
   * returns the problem that stops it: a record longer than any real one (an unclosed quote).
   */
  push(text: string): string | undefined;
  /** Reads what is left as the end of the file; returns the problem that stops it, if any. */
  end(): string | undefined;
}

/**
 * Parses CSV as `parseCsv` does, from text that arrives in pieces split anywhere (inside a
 * quoted cell, between CR and LF): the same records, each handed over as soon as it is
 * complete, so that a file far larger than one string can hold is never one string.
 */
export function csvStreamParser(onRecord: (record: CsvRecord) => void): CsvStreamParser {
  let rest = "";
  let line = 1;
  let started = false;
  // A record still open is read again from its start with the next piece; for one far longer
  // than a piece (a huge quoted cell), waiting until its text has doubled keeps that linear.
  let waitFor = 0;
  const read = (text: string, final: boolean) => {
    const at: CsvCursor = { pos: 0, line, final };
    const problem = readCsvRecords(text, at, onRecord);
    rest = text.slice(at.pos);
    line = at.line;
    waitFor = rest.length < LONG_RECORD ? 0 : rest.length * 2;
    return problem;
  };
  return {
    push(piece) {
      let text = rest + piece;
      if (!started) {
        // The BOM is dropped only at the very start, and may come in a piece of its own.
        if (text.length === 0) return undefined;
        started = true;
        if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      }
      if (text.length < waitFor) {
        rest = text;
      } else read(text, false);
      if (rest.length <= MAX_RECORD_CHARS) return undefined;
      return `line ${line}: a record runs past ${formatCount(MAX_RECORD_CHARS)} characters (is a quoted cell never closed?)`;
    },
    end: () => read(rest, true),
  };
}

/** One record of a CSV file, with the 1-based line number it starts on (for error messages). */
export interface CsvRecord {
  readonly line: number;
  readonly cells: readonly string[];
}

const BOM = 0xfeff;
const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;

/**
 * Where the parser stands. One mutable cursor instead of a result object per cell keeps a
 * 50 MB file from allocating millions of short-lived objects. `final` says the text is all
 * there is; when it is not (a stream's text so far), a record that reaches the text's end may
 * go on in the next piece, so it is left for then.
 */
export interface CsvCursor {
  pos: number;
  line: number;
  readonly final: boolean;
}

/** Why reading stopped short: the record at the cursor may go on in text still to come. */
const MORE = 1;

/** The index of the first comma, CR or LF at or after `start`, or the text's length. */
function cellEnd(text: string, start: number): number {
  let i = start;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === COMMA || code === LF || code === CR) break;
    i++;
  }
  return i;
}

/** Moves past the LF, CRLF or lone CR at the cursor. */
function skipLineBreak(text: string, at: CsvCursor): void {
  at.pos += text.charCodeAt(at.pos) === CR && text.charCodeAt(at.pos + 1) === LF ? 2 : 1;
  at.line++;
}

/** The content of the quoted cell opening at the cursor, or undefined when it never closes. */
function readQuoted(text: string, at: CsvCursor): string | undefined {
  let value = "";
  let start = at.pos + 1;
  for (let i = start; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === QUOTE) {
      // A quote last in unfinished text may be the first of a doubled one.
      if (i + 1 === text.length && !at.final) return undefined;
      value += text.slice(start, i);
      if (text.charCodeAt(i + 1) !== QUOTE) {
        at.pos = i + 1;
        return value;
      }
      // "" is one literal quote: the next slice starts at the second one.
      start = i + 1;
      i++;
    } else if (code === LF || (code === CR && text.charCodeAt(i + 1) !== LF)) {
      // Line breaks inside a cell still move later records down, and error messages must
      // name the line an editor shows.
      at.line++;
    }
  }
  return undefined;
}

/** The cell at the cursor, or undefined when it opens a quote that never closes. */
function readCell(text: string, at: CsvCursor): string | undefined {
  const quoted = text.charCodeAt(at.pos) === QUOTE ? readQuoted(text, at) : "";
  if (quoted === undefined) return undefined;
  // Spreadsheets keep what follows a closing quote ("ab"c reads as abc) and a quote inside an
  // unquoted cell, so hand-edited files load the way they look in Excel.
  const start = at.pos;
  at.pos = cellEnd(text, start);
  return start === at.pos ? quoted : quoted + text.slice(start, at.pos);
}

/** The cells of the record at the cursor, the problem that stops it, or MORE. */
function readRecord(text: string, at: CsvCursor): string[] | string | typeof MORE {
  const cells: string[] = [];
  for (;;) {
    const line = at.line;
    const cell = readCell(text, at);
    if (cell === undefined) {
      return at.final ? `line ${line}: a quoted cell is never closed` : MORE;
    }
    cells.push(cell);
    if (text.charCodeAt(at.pos) !== COMMA) break;
    at.pos++;
  }
  // Unfinished text that ends in the record, or on a CR that an LF may follow, has more to come.
  if (!at.final && at.pos + (text.charCodeAt(at.pos) === CR ? 1 : 0) >= text.length) return MORE;
  if (at.pos < text.length) skipLineBreak(text, at);
  return cells;
}

/**
 * Reads the records from the cursor on, handing each to `onRecord`, until the text ends or (in
 * unfinished text) a record may go on past it: then the cursor is left at that record's start.
 * Returns the problem that stops a final text, else undefined. The BOM is the caller's.
 */
export function readCsvRecords(
  text: string,
  at: CsvCursor,
  onRecord: (record: CsvRecord) => void,
): string | undefined {
  while (at.pos < text.length) {
    const code = text.charCodeAt(at.pos);
    if (code === LF || code === CR) {
      if (code === CR && at.pos + 1 === text.length && !at.final) return undefined;
      skipLineBreak(text, at);
      continue;
    }
    const { pos, line } = at;
    const cells = readRecord(text, at);
    if (cells === MORE) {
      at.pos = pos;
      at.line = line;
      return undefined;
    }
    if (typeof cells === "string") return cells;
    onRecord({ line, cells });
  }
  return undefined;
}

/**
 * Parses RFC 4180 CSV (LF, CRLF or lone CR line ends, optional BOM and final line end),
 * skipping empty lines and reading stray quotes leniently, as spreadsheets do. Never throws.
 */
export function parseCsv(
  text: string,
): { ok: true; records: CsvRecord[] } | { ok: false; problem: string } {
  const at: CsvCursor = { pos: text.charCodeAt(0) === BOM ? 1 : 0, line: 1, final: true };
  const records: CsvRecord[] = [];
  const problem = readCsvRecords(text, at, (record) => records.push(record));
  return problem === undefined ? { ok: true, records } : { ok: false, problem };
}

// Excel and Sheets run a cell starting with =, +, -, @ (or a tab or CR before one) as a
// formula, so an exported title such as =HYPERLINK(...) or =cmd|... would run on the reader's
// machine; a leading apostrophe makes the spreadsheet show it as text. A "-" cell of digits,
// ".", "-" and ":" only is left alone so negative numbers and BCE dates such as -0299-01-01
// export as they are; "-2+3+cmd|..." is still guarded.
const FORMULA_START = /^(?:[=+@\t\r]|-(?![0-9.:-]*$))/;

// A leading or trailing space is quoted because many readers trim unquoted cells; a leading
// BOM is quoted because a parser drops a BOM at the start of the file.
const NEEDS_QUOTES = /[",\r\n]|^[ \uFEFF]| $/;

/** One cell as CSV text: guarded against formulas, then quoted when needed. */
function formatCell(cell: string): string {
  const safe = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** One row as CSV text, without its line end. */
function formatRow(row: readonly string[]): string {
  // A lone empty cell would be an empty line, which parsers skip; "" keeps the row.
  if (row.length === 1 && row[0] === "") return '""';
  return row.map(formatCell).join(",");
}

/**
 * Writes rows as RFC 4180 CSV with CRLF line ends, quoting cells only when needed and
 * prefixing an apostrophe to cells a spreadsheet would run as a formula.
 */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => `${formatRow(row)}\r\n`).join("");
}

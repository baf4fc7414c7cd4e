import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseCsv, toCsv } from "../../src/data/csv";
import type { CsvRecord } from "../../src/data/csv";

function records(text: string): CsvRecord[] {
  const result = parseCsv(text);
  if (!result.ok) throw new Error(result.problem);
  return result.records;
}

function cells(text: string): (readonly string[])[] {
  return records(text).map((record) => record.cells);
}

const timelineJs = [
  "title,count,description",
  'a good day,5,"let\'s just pile it  all in here,  commas, ""quoted strings"" and ',
  'new lines!"',
  "an ok day,3,this is less ambitious",
  '"a day, i guess",2,what else could go wrong?',
  "",
].join("\n");

describe("parseCsv", () => {
  it("reads the TimelineJS example as four records on the lines they start on", () => {
    expect(records(timelineJs)).toEqual([
      { line: 1, cells: ["title", "count", "description"] },
      {
        line: 2,
        cells: [
          "a good day",
          "5",
          'let\'s just pile it  all in here,  commas, "quoted strings" and \nnew lines!',
        ],
      },
      { line: 4, cells: ["an ok day", "3", "this is less ambitious"] },
      { line: 5, cells: ["a day, i guess", "2", "what else could go wrong?"] },
    ]);
  });

  it("ends records at LF, CRLF or a lone CR, with or without a final line end", () => {
    expect(records("a,b\r\nc,d\re,f\ng,h")).toEqual([
      { line: 1, cells: ["a", "b"] },
      { line: 2, cells: ["c", "d"] },
      { line: 3, cells: ["e", "f"] },
      { line: 4, cells: ["g", "h"] },
    ]);
    expect(cells("a,b\r\n")).toEqual([["a", "b"]]);
  });

  it("keeps CR, LF and CRLF inside a quoted cell as they are and counts them as lines", () => {
    expect(records('"1\r\n2\r3\n4",x\r\nnext')).toEqual([
      { line: 1, cells: ["1\r\n2\r3\n4", "x"] },
      { line: 5, cells: ["next"] },
    ]);
  });

  it("reads doubled quotes as one quote and commas inside quotes as text", () => {
    expect(cells('"say ""hi""","a,b",""')).toEqual([['say "hi"', "a,b", ""]]);
  });

  it("drops a BOM at the start of the text only", () => {
    expect(cells("\uFEFFtitle,count\n")).toEqual([["title", "count"]]);
    expect(cells("a,\uFEFFb")).toEqual([["a", "\uFEFFb"]]);
  });

  it("skips empty lines but keeps counting them", () => {
    expect(records("\n\r\na\n\n\r\rb\n\n")).toEqual([
      { line: 3, cells: ["a"] },
      { line: 7, cells: ["b"] },
    ]);
  });

  it("keeps a record whose cells are all empty", () => {
    expect(records(',,,\n""\na,\n')).toEqual([
      { line: 1, cells: ["", "", "", ""] },
      { line: 2, cells: [""] },
      { line: 3, cells: ["a", ""] },
    ]);
  });

  it("keeps a quote inside an unquoted cell and text after a closing quote, as spreadsheets do", () => {
    expect(cells('5" tall,"ab"c,"x" y,z')).toEqual([['5" tall', "abc", "x y", "z"]]);
  });

  it("reads no records from empty text or a lone BOM", () => {
    expect(records("")).toEqual([]);
    expect(records("\uFEFF")).toEqual([]);
  });

  it("names the line where a quoted cell that never closes starts", () => {
    expect(parseCsv('a,b\n\nc,"open\nstill open\n')).toEqual({
      ok: false,
      problem: "line 3: a quoted cell is never closed",
    });
    expect(parseCsv('"ends on a doubled quote""')).toEqual({
      ok: false,
      problem: "line 1: a quoted cell is never closed",
    });
  });

  // How fast is `npm run bench:parsers`'s business; these say the big inputs come out right.
  it("parses 200,000 rows, each with a quoted cell over two lines", () => {
    const row = 'an ok day,3,"this is less ambitious, but ""quoted""\nover two lines"\r\n';
    const result = parseCsv(row.repeat(200_000));
    expect(result.ok && result.records.length).toBe(200_000);
    expect(result.ok && result.records.at(-1)?.line).toBe(399_999);
    expect(result.ok && result.records.at(-1)?.cells[2]).toBe(
      'this is less ambitious, but "quoted"\nover two lines',
    );
  });

  it("reads a cell of a million doubled quotes as a million quotation marks", () => {
    const result = parseCsv(`"${'""'.repeat(1_000_000)}"`);
    expect(result.ok && result.records[0]?.cells[0]).toBe('"'.repeat(1_000_000));
  });
});

describe("toCsv", () => {
  it("quotes cells with commas, quotes, line breaks or edge spaces and ends lines with CRLF", () => {
    const rows = [
      ["plain", "a,b", 'say "hi"', "1\n2", "3\r4"],
      [" lead", "trail ", "in side"],
    ];
    expect(toCsv(rows)).toBe(
      'plain,"a,b","say ""hi""","1\n2","3\r4"\r\n" lead","trail ",in side\r\n',
    );
  });

  it("writes nothing for no rows", () => {
    expect(toCsv([])).toBe("");
  });

  it('writes a row of one empty cell as "" so it is not read as an empty line', () => {
    expect(toCsv([["a"], [""], ["", ""]])).toBe('a\r\n""\r\n,\r\n');
  });

  it("prefixes an apostrophe to cells a spreadsheet would run as a formula", () => {
    const rows = [
      ["=SUM(A1)", "+1", "@cmd", "\tx", "\r=1", "-cmd", "-2+3+cmd|' /C calc'!A0", "- 1"],
    ];
    expect(toCsv(rows)).toBe(
      `'=SUM(A1),'+1,'@cmd,'\tx,"'\r=1",'-cmd,'-2+3+cmd|' /C calc'!A0,'- 1\r\n`,
    );
  });

  it("leaves negative numbers, BCE dates and a lone minus as they are", () => {
    const rows = [["-300", "-0299-01-01", "-1.5", "-.5", "-", "--", "-12:30", "a=b", "1+1"]];
    expect(toCsv(rows)).toBe("-300,-0299-01-01,-1.5,-.5,-,--,-12:30,a=b,1+1\r\n");
  });
});

// The same rule as the module's guard, stated independently so the test can predict output.
const guarded = (cell: string): boolean =>
  /^[=+@\t\r]/.test(cell) || (cell.startsWith("-") && !/^-[0-9.:-]*$/.test(cell));

// Characters that stress quoting and line handling, mixed with arbitrary text.
const trickyCell = fc.oneof(
  fc.string({
    unit: fc.constantFrom(
      "a",
      " ",
      ",",
      '"',
      "\r",
      "\n",
      "\r\n",
      "=",
      "-",
      "1",
      ".",
      "\t",
      "\uFEFF",
    ),
  }),
  fc.string({ unit: "binary" }),
);

// A row with no cells has no CSV form: it is written as an empty line, which the parser skips.
const rowsArb = fc.array(fc.array(trickyCell, { minLength: 1 }));

describe("toCsv then parseCsv", () => {
  it("gives back every row for cells the formula guard leaves alone", () => {
    const safeRows = fc.array(
      fc.array(
        trickyCell.filter((cell) => !guarded(cell)),
        { minLength: 1 },
      ),
    );
    fc.assert(
      fc.property(safeRows, (rows) => {
        expect(cells(toCsv(rows))).toEqual(rows);
      }),
      { numRuns: 2_000 },
    );
  });

  it("gives back guarded cells with one leading apostrophe", () => {
    fc.assert(
      fc.property(rowsArb, (rows) => {
        const expected = rows.map((row) => row.map((cell) => (guarded(cell) ? `'${cell}` : cell)));
        expect(cells(toCsv(rows))).toEqual(expected);
      }),
      { numRuns: 2_000 },
    );
  });

  it("puts each record on the line after the previous record's line breaks", () => {
    fc.assert(
      fc.property(rowsArb, (rows) => {
        const starts = records(toCsv(rows)).map((record) => record.line);
        const expected = rows.map((_, index) => {
          const before = toCsv(rows.slice(0, index));
          return (before.match(/\r\n|\r|\n/g) ?? []).length + 1;
        });
        expect(starts).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });
});

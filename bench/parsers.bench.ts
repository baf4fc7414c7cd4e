// Parser speed (issue 11: speed belongs in a benchmark, not in a test). `npm run bench:parsers`
// prints operations per second; compare rows within one run, never against a fixed number.
import { bench, describe } from "vitest";
import { parseCsv } from "../src/data/csv";

const ROW = 'an ok day,3,"this is less ambitious, but ""quoted""\nover two lines"\r\n';
const ROWS = ROW.repeat(200_000);
const DOUBLED_QUOTES = `"${'""'.repeat(1_000_000)}"`;
// A machine reference in the same run: JSON.parse of about the same number of bytes.
const JSON_TEXT = JSON.stringify(Array.from({ length: 200_000 }, (_, i) => ["an ok day", i, ROW]));

describe("CSV", () => {
  bench("200,000 rows with quoted two-line cells (13 MB)", () => {
    parseCsv(ROWS);
  });
  bench("one cell of a million doubled quotes (2 MB)", () => {
    parseCsv(DOUBLED_QUOTES);
  });
  bench("machine reference: JSON.parse of 200,000 similar rows", () => {
    JSON.parse(JSON_TEXT);
  });
});

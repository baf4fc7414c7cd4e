// Parser speed (issue 11: speed belongs in a benchmark, not in a test). `npm run bench:parsers`
// prints times per operation (the medians are printed last);
// compare rows within one run, never against a fixed number. Issue 12 §4: each hand-written
// reader beside the well-kept library it was measured against (bench/parsers/*); which one each
// test of ours would fail is `npm run bench:parsers:libraries`.
import { bench, describe } from "vitest";
import { parseCsv } from "../src/data/csv";
import { htmlLinks, htmlToText } from "../src/data/timelinejs/html-text";
import * as papa from "./parsers/papaparse-csv";
import * as htmlparser2 from "./parsers/htmlparser2-text";

const options = { time: 1_500, warmupTime: 200 };

const ROW = 'an ok day,3,"this is less ambitious, but ""quoted""\nover two lines"\r\n';
const ROWS = ROW.repeat(200_000);
const DOUBLED_QUOTES = `"${'""'.repeat(1_000_000)}"`;
// Issue 12's hostile spreadsheet: five Time cells of 50,000 spaces.
const SPACES = `Year,Time,Headline\n${`1969,1${" ".repeat(50_000)}x,Long\n`.repeat(5)}`;
// A machine reference in the same run: JSON.parse of about the same number of bytes.
const JSON_TEXT = JSON.stringify(Array.from({ length: 200_000 }, (_, i) => ["an ok day", i, ROW]));

describe("CSV", () => {
  bench(
    "ours: 200,000 rows with quoted two-line cells (13 MB)",
    () => void parseCsv(ROWS),
    options,
  );
  bench(
    "Papa Parse: 200,000 rows with quoted two-line cells",
    () => void papa.parseCsv(ROWS),
    options,
  );
  bench(
    "ours: one cell of a million doubled quotes (2 MB)",
    () => void parseCsv(DOUBLED_QUOTES),
    options,
  );
  bench(
    "Papa Parse: one cell of a million doubled quotes",
    () => void papa.parseCsv(DOUBLED_QUOTES),
    options,
  );
  bench("ours: five cells of 50,000 spaces", () => void parseCsv(SPACES), options);
  bench("Papa Parse: five cells of 50,000 spaces", () => void papa.parseCsv(SPACES), options);
  bench(
    "machine reference: JSON.parse of 200,000 similar rows",
    () => JSON.parse(JSON_TEXT),
    options,
  );
});

// A TimelineJS event's text as the authoring tool writes it, 2,000 times (about 1 MB).
const SNIPPET =
  '<p class="lead">Sin&eacute;ad O&#39;Connor &amp; friends, <i>live</i> &ndash; 1990&hellip;</p>' +
  '<ul>\n  <li>One</li>\n  <li><a href="https://example.org/a?b=1&amp;c=2">Two</a></li>\n</ul>' +
  "<blockquote>Quoted<br/>words</blockquote><script>alert(1)</script>— Author\n";
const TEXTS = Array.from({ length: 2_000 }, (_, i) => `${SNIPPET}<b>${i}</b>`);
const HOSTILE = [
  "<a ".repeat(50_000),
  "<template>".repeat(50_000),
  `${"<b>".repeat(10_000)}deep${"</b>".repeat(10_000)}`,
  `a${" ".repeat(150_000)}b`,
  "&#".repeat(50_000),
];
const JSON_SNIPPETS = JSON.stringify(TEXTS);

describe("HTML to text", () => {
  bench("ours: 2,000 TimelineJS texts (1 MB)", () => void TEXTS.map((t) => htmlToText(t)), options);
  bench(
    "htmlparser2: 2,000 TimelineJS texts",
    () => void TEXTS.map((t) => htmlparser2.htmlToText(t)),
    options,
  );
  bench("ours: links of the same", () => void TEXTS.map((t) => htmlLinks(t)), options);
  bench(
    "htmlparser2: links of the same",
    () => void TEXTS.map((t) => htmlparser2.htmlLinks(t)),
    options,
  );
  bench("ours: five hostile inputs (1 MB)", () => void HOSTILE.map((t) => htmlToText(t)), options);
  bench(
    "htmlparser2: five hostile inputs",
    () => void HOSTILE.map((t) => htmlparser2.htmlToText(t)),
    options,
  );
  bench(
    "machine reference: JSON.parse of the 2,000 texts",
    () => JSON.parse(JSON_SNIPPETS),
    options,
  );
});

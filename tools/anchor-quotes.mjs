// Fills in the position (start/end) and context (prefix/suffix) of every quote
// in a timeline dataset, by finding its `exact` text in the source's text file.
// Usage: node tools/anchor-quotes.mjs <dataset.json>
// Offsets are JavaScript string indices (UTF-16 code units), end exclusive.
// Fails (exit 1) if a quote's text occurs zero times or more than once, unless
// the quote already has a start/end whose slice matches it.
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";

const CONTEXT = 32;

const file = process.argv[2];
if (!file) {
  console.error("usage: node tools/anchor-quotes.mjs <dataset.json>");
  process.exit(2);
}

const dataset = JSON.parse(readFileSync(file, "utf8"));
const texts = new Map();
for (const source of dataset.sources) {
  const path = resolve(dirname(file), source.textUrl);
  texts.set(source.id, readFileSync(path, "utf8"));
}

function occurrences(text, exact) {
  const found = [];
  for (let i = text.indexOf(exact); i !== -1; i = text.indexOf(exact, i + 1)) {
    found.push(i);
  }
  return found;
}

let failed = false;
for (const event of dataset.events) {
  event.quotes = event.quotes.map((quote, index) => {
    const where = `event "${event.id}", quote ${index + 1}`;
    const text = texts.get(quote.sourceId);
    if (text === undefined) {
      console.error(`${where}: unknown sourceId "${quote.sourceId}"`);
      failed = true;
      return quote;
    }
    let start;
    const kept =
      Number.isInteger(quote.start) &&
      Number.isInteger(quote.end) &&
      quote.exact.length > 0 &&
      text.slice(quote.start, quote.end) === quote.exact;
    if (kept) {
      start = quote.start;
    } else {
      const found = occurrences(text, quote.exact);
      if (found.length !== 1) {
        const why = found.length === 0 ? "not found" : `found ${found.length} times`;
        console.error(`${where}: exact text ${why} in source "${quote.sourceId}"`);
        failed = true;
        return quote;
      }
      start = found[0];
    }
    const end = start + quote.exact.length;
    const anchored = {
      sourceId: quote.sourceId,
      exact: quote.exact,
      start,
      end,
      prefix: text.slice(Math.max(0, start - CONTEXT), start),
      suffix: text.slice(end, end + CONTEXT),
    };
    if (quote.speaker !== undefined) anchored.speaker = quote.speaker;
    return anchored;
  });
}

if (failed) process.exit(1);
writeFileSync(file, JSON.stringify(dataset, null, 2) + "\n");
console.log(`anchored quotes in ${file}`);

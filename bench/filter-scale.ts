// Filter, search and facet counts over the dataset index at large sizes (issue 15, item 6:
// within 100 ms at 100,000 events and 300 ms at 1,000,000), in this Node, median of 5, on the
// benchmark's generated data: the same index and functions the page runs, without the page.
// Run: npm run bench:filter [-- sizes], default 100000,1000000 (1 M takes about 6 GB of Node heap).
import { performance } from "node:perf_hooks";
import { buildDataset } from "../src/data/build-dataset";
import { quoteFinderFor } from "../src/data/quote-finder";
import { takeWellFormedDataset } from "../src/data/well-formed-dataset";
import { buildDatasetIndex } from "../src/domain/dataset-index";
import { countryCounts, filterEvents, warmSearchText, type EventSet } from "../src/domain/filter";
// @ts-expect-error: a plain JavaScript module of the benchmark, without types.
import { generateDataset } from "./generate-dataset.mjs";

const sizes = (process.argv[2] ?? "100000,1000000").split(",").map(Number);

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/** Median time of `work` over 5 runs, each on a set whose remembered answers are cleared. */
function timeOf(set: EventSet, work: () => unknown): number {
  const times: number[] = [];
  for (let run = 0; run < 5; run++) {
    // The index remembers its last answers (a pan frame asks again); a new filter is not one.
    set.recent.filtered.length = 0;
    set.recent.countries.length = 0;
    set.recent.groups.length = 0;
    const started = performance.now();
    work();
    times.push(performance.now() - started);
  }
  return median(times);
}

// The machine's speed in the same run, as the page benchmark's reference row.
function machineReference(): number {
  const text = JSON.stringify(Array.from({ length: 40_000 }, (_, i) => ({ i, s: `item ${i}` })));
  const times: number[] = [];
  for (let run = 0; run < 5; run++) {
    const started = performance.now();
    JSON.parse(text);
    times.push(performance.now() - started);
  }
  return median(times);
}

const reference = machineReference();
console.log(
  `Node ${process.version}; machine reference (JSON.parse of 40,000 small objects): ${reference.toFixed(1)} ms`,
);
for (const size of sizes) {
  const { dataset: generated, searchWord } = generateDataset(size) as {
    dataset: unknown;
    searchWord: string;
  };
  const raw = takeWellFormedDataset(generated);
  if (!raw) throw new Error("The generated dataset is not well formed.");
  const built = buildDataset(raw, new Map(), undefined, await quoteFinderFor(raw));
  if (!built.ok) throw new Error(built.problems.join("\n"));
  const index = buildDatasetIndex(built.dataset);
  const [country] = index.facets.countries;
  const rows: [string, number][] = [];
  rows.push([
    "country filter",
    timeOf(index, () => filterEvents(index, { countries: [country ?? ""], query: "" })),
  ]);
  // The first search pays for the events' search texts unless idle time has prepared them.
  const cold = performance.now();
  filterEvents(index, { countries: [], query: searchWord });
  rows.push(["first search, texts not prepared", performance.now() - cold]);
  warmSearchText(index, 0, index.events.length);
  rows.push([
    "search",
    timeOf(index, () => filterEvents(index, { countries: [], query: searchWord })),
  ]);
  rows.push([
    "search, two words",
    timeOf(index, () => filterEvents(index, { countries: [], query: `${searchWord} talks` })),
  ]);
  rows.push([
    "search + country",
    timeOf(index, () => filterEvents(index, { countries: [country ?? ""], query: searchWord })),
  ]);
  rows.push(["country counts for a search", timeOf(index, () => countryCounts(index, searchWord))]);
  console.log(`\n${size.toLocaleString("en-US")} events`);
  for (const [label, ms] of rows)
    console.log(`  ${label.padEnd(34)} ${ms.toFixed(1).padStart(8)} ms`);
}

// Our JSON against our columnar layout at a size (default 100,000 events of the benchmark's
// generated data): bytes raw and gzip, and the time from bytes to the events' objects (decode,
// JSON.parse, columns → events), median of 5 in this Node. Run: npx tsx bench/format-sizes.ts [size]
import { gzipSync } from "node:zlib";
import { performance } from "node:perf_hooks";
import { toSourcelineColumns } from "../src/data/export/to-sourceline-columns";
import { toSourcelineJson } from "../src/data/export/to-sourceline-json";
import { rowsFromColumns } from "../src/data/columns/from-columns";
import { readDataset } from "../src/data/read-dataset";
// @ts-expect-error: a plain JavaScript module of the benchmark, without types.
import { generateDataset } from "./generate-dataset.mjs";

const size = Number(process.argv[2] ?? 100_000);
const { dataset: generated } = generateDataset(size) as { dataset: unknown };
const dataset = await readDataset(JSON.stringify(generated), {
  name: "bench",
  label: "The bench data",
});
const formats = {
  "Sourceline JSON": toSourcelineJson(dataset, dataset.events),
  "Sourceline JSON in columns": toSourcelineColumns(dataset, dataset.events),
};

const median = (values: number[]) =>
  values.sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
console.log(`${size.toLocaleString("en-US")} events (Node ${process.version})`);
for (const [name, text] of Object.entries(formats)) {
  const bytes = Buffer.from(text, "utf8");
  const times: number[] = [];
  for (let run = 0; run < 5; run++) {
    const started = performance.now();
    const decoded = new TextDecoder().decode(bytes);
    const json = JSON.parse(decoded) as { layout?: string; events: unknown };
    if (json.layout) rowsFromColumns({ ...json, layout: json.layout });
    times.push(performance.now() - started);
  }
  const ascii = !/[^\x20-\x7e\n]/.test(text);
  console.log(
    `${name}: ${mb(bytes.length)} raw, ${mb(gzipSync(bytes).length)} gzip, ${ascii ? "ASCII only" : "not ASCII"}; bytes → event objects ${median(times).toFixed(0)} ms`,
  );
}

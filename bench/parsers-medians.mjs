// Prints the median of each parser benchmark from the report `npm run bench:parsers` writes
// (Vitest's own table shows means, which one slow garbage collection can pull far off).
import { readFileSync } from "node:fs";

const report = JSON.parse(readFileSync(process.argv[2], "utf8"));
for (const file of report.files) {
  for (const group of file.groups) {
    console.log(`\n${group.fullName.split(" > ").at(-1)}: median ms (samples)`);
    for (const bench of group.benchmarks) {
      const median = bench.median.toFixed(bench.median < 10 ? 2 : 0);
      console.log(`  ${median.padStart(9)}  (${bench.sampleCount})  ${bench.name}`);
    }
  }
}

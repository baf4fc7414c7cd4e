// `npm run bench:parsers:libraries`: the CSV and HTML readers' own tests, run against the
// libraries they were measured against (bench/parsers/*), to count what each would get wrong.
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      { find: /^.*\/src\/data\/csv$/, replacement: here("./parsers/papaparse-csv.ts") },
      {
        find: /^.*\/src\/data\/timelinejs\/html-text$/,
        replacement: here("./parsers/htmlparser2-text.ts"),
      },
    ],
  },
  test: {
    environment: "node",
    testTimeout: 30_000,
    include: ["tests/data/csv.test.ts", "tests/data/timelinejs/html-text.test.ts"],
  },
});

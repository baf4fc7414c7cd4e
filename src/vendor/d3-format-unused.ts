// d3-scale's linear scale imports d3-format (about 2 kB gzip) for `tickFormat`, which this app
// never calls: deep-time axis labels come from src/domain/axis-format. The build swaps in this
// stand-in (vite.config.ts), which says so if anything does call it.

function unused(): never {
  throw new Error("d3-format is not bundled: format ticks with src/domain/axis-format");
}

export const format = unused;
export const formatPrefix = unused;
export const formatSpecifier = unused;
export const precisionFixed = unused;
export const precisionPrefix = unused;
export const precisionRound = unused;

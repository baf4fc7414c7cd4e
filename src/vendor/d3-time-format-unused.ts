// d3-scale builds a default tick format for its time scales from d3-time-format (about 3.5 kB
// gzip) whether or not it is used. Ours never is: axis labels come from src/domain/axis-format.
// The build swaps in this stand-in (vite.config.ts); it writes ISO dates should anything ask.

type Format = (date: Date) => string;

export function utcFormat(_specifier: string): Format {
  return (date) => date.toISOString();
}

export function timeFormat(_specifier: string): Format {
  return (date) => date.toISOString();
}

// d3-scale asks d3-interpolate for its range interpolators; the generic `interpolate` can blend
// colours, strings and objects too, and so pulls in all of d3-color (about 5 kB gzip). Our scales
// map times to pixels, numbers only, so the build swaps in these numeric ones (vite.config.ts).

type Interpolator = (t: number) => number;

export function interpolateNumber(a: number, b: number): Interpolator {
  return (t) => a * (1 - t) + b * t;
}

export function interpolateRound(a: number, b: number): Interpolator {
  return (t) => Math.round(a * (1 - t) + b * t);
}

export function interpolate(a: unknown, b: unknown): Interpolator {
  return interpolateNumber(Number(a), Number(b));
}

export function piecewise(
  make: (a: number, b: number) => Interpolator,
  values: readonly number[],
): Interpolator {
  const n = values.length - 1;
  const parts = values.slice(1).map((value, i) => make(values[i] as number, value));
  return (t) => {
    const i = Math.max(0, Math.min(n - 1, Math.floor((t *= n))));
    return (parts[i] as Interpolator)(t - i);
  };
}

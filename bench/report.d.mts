/** One run's figures, as measure.mjs records them (only what the report's pure parts read here). */
export interface RunFigures {
  readonly run?: number;
  readonly target: string;
  readonly readyMs?: number;
  readonly [figure: string]: unknown;
}
export type Medians = Record<string, Record<string, unknown>>;
export declare function median(values: readonly unknown[]): number | null;
export declare function mediansByTarget(
  runs: readonly RunFigures[],
  targets: readonly string[],
): Medians;
/**
 * Fills each size's `readyOfBuiltin`, `firstPaintOfBuiltin` and `completeOfBuiltin`: its ready time,
 * its first paint and when all its events are shown
 * over the built-in view's ready time, per round, median.
 */
export declare function addRatiosToBuiltin(medians: Medians, runs: readonly RunFigures[]): Medians;
export declare function checkTargets(
  medians: Medians,
  columns: readonly string[],
): Record<string, Record<string, { target: string; value: number; met: boolean }>>;
export declare function renderTable(
  medians: Medians,
  checks: ReturnType<typeof checkTargets>,
  columns: readonly string[],
): string;

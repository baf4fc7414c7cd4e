/** ACLED's export columns, in ACLED's order. */
export const ACLED_COLUMNS: readonly string[];

export interface WrittenAcled {
  readonly size: number;
  readonly file: string;
  readonly path: string;
  readonly bytes: number;
  /** How long generating and writing took, in milliseconds. */
  readonly ms: number;
}

/** Writes acled-<size>.csv into `dir` (bench/.data by default), the same bytes for the same seed. */
export function writeAcled(size: number, dir?: string, seed?: number): WrittenAcled;

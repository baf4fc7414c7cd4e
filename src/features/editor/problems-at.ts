import type { DraftProblem } from "../../data/draft/draft-document";

/** The problems placed exactly at one field's path ("events[2].title"). */
export function problemsAt(
  problems: readonly DraftProblem[],
  path: string,
): readonly DraftProblem[] {
  return problems.filter((problem) => problem.path === path);
}

/**
 * The problems at a path or anywhere inside it: "events[2]" holds "events[2].when.start" and
 * "events[2].quotes[0].exact", but not "events[20].title".
 */
export function problemsUnder(
  problems: readonly DraftProblem[],
  prefix: string,
): readonly DraftProblem[] {
  if (prefix === "") return problems;
  return problems.filter(
    ({ path }) =>
      path === prefix ||
      (path.startsWith(prefix) && (path[prefix.length] === "." || path[prefix.length] === "[")),
  );
}

/** Joins a field's name onto the path of what holds it; "" holds the top level. */
export function pathOf(at: string, field: string): string {
  if (at === "") return field;
  return field.startsWith("[") ? `${at}${field}` : `${at}.${field}`;
}

/** "1 problem", "3 problems". */
export function problemCount(count: number): string {
  return `${count.toLocaleString("en-GB")} ${count === 1 ? "problem" : "problems"}`;
}

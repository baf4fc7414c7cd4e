// The Time cells of TimelineJS's spreadsheet: "10:30", "9 pm", "21:05:10", "9:15 a.m.".
// A single regular expression with a `\s*` on each side of the optional "a"/"p" backtracked
// quadratically: "1", 150,000 spaces and "x" held the page for 22 s. The digits are matched by
// an anchored pattern with no whitespace in it, and the rest is scanned once, left to right.

// Greedy is safe: what may follow (space, a, p, m, ".") never starts with a digit or ":".
const DIGITS = /^(\d{1,2})(?::(\d{2}))?(?::\d{2}(?:\.\d+)?)?/;

/** A clock time's hour (0–23, from 12-hour "am"/"pm" too) and minute, or undefined. */
export function readClockTime(time: string): { hour: number; minute: string | number } | undefined {
  const digits = DIGITS.exec(time);
  if (!digits) return undefined;
  // After the digits: spaces, an optional "a" or "p" and ".", spaces, an optional "m" and ".".
  let rest = time.slice(digits[0].length).trimStart();
  const meridiem = /^[ap]/i.test(rest) ? rest.charAt(0).toLowerCase() : undefined;
  if (meridiem) rest = rest.slice(1);
  if (rest.startsWith(".")) rest = rest.slice(1);
  rest = rest.trimStart();
  if (/^m/i.test(rest)) rest = rest.slice(1);
  if (rest.startsWith(".")) rest = rest.slice(1);
  if (rest !== "") return undefined;
  const hour = Number(digits[1]);
  return {
    hour: meridiem ? (hour % 12) + (meridiem === "p" ? 12 : 0) : hour,
    minute: digits[2] ?? 0,
  };
}

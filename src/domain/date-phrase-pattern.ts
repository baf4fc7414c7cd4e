import type { DateReading } from "./date-phrase-calendar";

/** Named groups of a pattern's match; a group that did not take part is undefined. */
export type PhraseGroups = Readonly<Record<string, string | undefined>>;

/**
 * One way of writing a date: a global, case-insensitive expression whose quantifiers are all
 * bounded or single-character (linear on any input), and what a match of it means against the
 * publication date (UTC midnight, ms). `read` gives undefined for a match that is no date
 * ("31 June", a lower-case "may").
 */
export interface DatePhrasePattern {
  readonly pattern: RegExp;
  readonly read: (groups: PhraseGroups, published: number) => DateReading | undefined;
}

/** A pattern from its source, with the flags every date pattern uses. */
export function phrasePattern(source: string, read: DatePhrasePattern["read"]): DatePhrasePattern {
  return { pattern: new RegExp(source, "giu"), read };
}

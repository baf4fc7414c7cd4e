import type { PreparedIndex } from "./prepared-index";

/** Stable slug of an event: part of every shared link, never renamed once shipped. */
export type EventId = string & { readonly __brand: "EventId" };

/** How exactly a date is known; "minute" carries a time of day (UTC). */
export type Precision = "minute" | "day" | "month" | "year";

/** How we know an event's date. */
export type DateBasis = "explicit" | "relative" | "inferred" | "external";

export interface When {
  /** UTC midnight of the first day, in ms since the epoch. */
  readonly start: number;
  /** UTC midnight of the last day (inclusive), for ranges only. */
  readonly end?: number;
  readonly precision: Precision;
  readonly approximate: boolean;
  readonly basis: DateBasis;
  readonly note: string;
}

/** A W3C Web Annotation–style pointer into a source text (position plus quote selectors). */
export interface Quote {
  readonly sourceId: string;
  readonly exact: string;
  /** UTF-16 code unit offsets into the source text, end exclusive. */
  readonly start: number;
  readonly end: number;
  readonly prefix: string;
  readonly suffix: string;
  readonly speaker?: string;
  /** Set when the exact words are nowhere in the source: shown flagged, never highlighted. */
  readonly missing?: boolean;
  /**
   * How a found quotation differs from where and what it was quoted as; absent when its offsets
   * hold its words (exact). Apart from `missing`, which means there is nothing to point at.
   */
  readonly anchoring?: QuoteAnchoring;
}

/** How the words of a quotation differ from the text it was re-anchored to, in order. */
export interface TextChange {
  /** "same" in both; "removed": in the quotation, not the text; "added": in the text only. */
  readonly kind: "same" | "removed" | "added";
  readonly text: string;
}

/**
 * A found quotation that is not exactly where it was quoted: its words elsewhere (moved), or
 * close words at `start`–`end` (approximate, never to be shown as exact).
 */
export type QuoteAnchoring =
  | { readonly status: "moved" }
  | {
      readonly status: "approximate";
      /** Characters inserted, deleted or replaced between the quotation and the text. */
      readonly errors: number;
      /** 0–1: how alike the words and their context are (see reanchor.ts). */
      readonly score: number;
      readonly changes: readonly TextChange[];
    };

/**
 * Where an event's account comes from when no source text is attached (an imported timeline's
 * media and credit): a citation, not a verified quotation.
 */
export interface Citation {
  readonly title: string;
  readonly url: string;
  readonly credit: string;
}

export interface TimelineEvent {
  readonly id: EventId;
  readonly title: string;
  readonly summary: string;
  readonly kind: string;
  readonly countries: readonly string[];
  readonly actors: readonly string[];
  readonly when: When;
  /** Empty when no source text is attached: shown as such, never as an error. */
  readonly quotes: readonly Quote[];
  /** A free-text facet beside countries (TimelineJS's `group`). */
  readonly group?: string;
  readonly citation?: Citation;
  /** How the source writes the date ("Summer 1969"), shown beside the real one. */
  readonly displayDate?: string;
}

/** A named span shown behind the events (TimelineJS's eras); dates as in `When`. */
export interface Era {
  readonly title: string;
  readonly start: number;
  /** The start of its last day (month, year), inclusive like `When.end`. */
  readonly end: number;
  readonly precision: Precision;
}

export interface Source {
  readonly id: string;
  readonly title: string;
  readonly publisher: string;
  readonly url: string;
  /** ISO date (YYYY-MM-DD). */
  readonly publishedAt: string;
  /** An archived copy of the page (http(s)), for when the original moves or changes. */
  readonly archiveUrl?: string;
  /** ISO date (YYYY-MM-DD) the archived copy was taken. */
  readonly archivedAt?: string;
  /**
   * Lower-case hex SHA-256 of the UTF-8 text the quotations were made against: when the loaded
   * text's differs, every quotation is checked again and the page says the text has changed.
   */
  readonly textSha256?: string;
  readonly text: string;
}

/** A visible span of time, in ms since the epoch, start < end. */
export interface TimeWindow {
  readonly start: number;
  readonly end: number;
}

export interface Dataset {
  readonly title: string;
  readonly description: string;
  readonly sources: readonly Source[];
  /** Sorted by start date, then end date, then id. */
  readonly events: readonly TimelineEvent[];
  /** Named spans drawn behind the events, in start order. */
  readonly eras: readonly Era[];
  /** The window a fresh visitor sees; the whole span when absent. */
  readonly initialWindow?: TimeWindow;
  /** Where it was read from: a file or address name, and its format in words. */
  readonly origin?: { readonly name: string; readonly format: string };
  /** How many rows or events of the file could not be read and were left out. */
  readonly skipped?: number;
  /** What loading had to skip, mend or flag, in the order found. */
  readonly warnings: readonly DatasetWarning[];
  /**
   * Parts of its index worked out as a large dataset's events arrived (see prepared-index.ts),
   * used by the index only if they are for these events.
   */
  readonly prepared?: PreparedIndex;
}

/**
 * One thing loading had to skip, mend or flag. The kind says what it is about, so the page can
 * count them without reading the words: `unlisted` counts the rest of a list cut short.
 */
export interface DatasetWarning {
  readonly kind:
    | "skipped"
    | "quote-moved"
    | "quote-approximate"
    | "quote-missing"
    | "text-changed"
    | "encoding"
    | "cut"
    | "unlisted";
  readonly text: string;
}

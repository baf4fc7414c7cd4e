import type { DateBasis, Precision } from "../../domain/types";

/**
 * A timeline being made in the app: the Sourceline JSON document as its file will hold it, so
 * that exporting is writing it out and loading checks it with the same rules as any file.
 * Values may be unfinished (an empty title, a date not yet given): the draft's problems say so
 * beside the fields, and the explorer shows the draft with placeholders in their place.
 */
export interface DraftDocument {
  readonly version: 1;
  readonly title: string;
  readonly description: string;
  readonly sources: readonly DraftSource[];
  readonly events: readonly DraftEvent[];
  /** Kept from a dataset copied for editing; the editor does not change them. */
  readonly eras: readonly DraftEra[];
  readonly initialWindow?: { readonly from: string; readonly to: string };
}

export interface DraftSource {
  readonly id: string;
  readonly title: string;
  readonly publisher: string;
  /** http(s) only; "" while not given. */
  readonly url: string;
  /** YYYY-MM-DD; "" while not given (weekdays are counted from it, so it is required). */
  readonly publishedAt: string;
  /** An archived copy's address (web.archive.org, archive.today); optional. */
  readonly archiveUrl?: string;
  /** When the archived copy was made (YYYY-MM-DD); optional. */
  readonly archivedAt?: string;
  /** Exactly as added: NFC and `\n` line ends, once, before any offsets point into it. */
  readonly text: string;
}

/** A quotation: offsets into its source's text (UTF-16 code units, end exclusive). */
export interface DraftQuote {
  readonly sourceId: string;
  readonly exact: string;
  readonly start: number;
  readonly end: number;
  /** Up to 32 characters before and after, to find the words again if the text changes. */
  readonly prefix: string;
  readonly suffix: string;
  readonly speaker?: string;
}

export interface DraftWhen {
  /** YYYY-MM-DD (or YYYY-MM-DDTHH:MMZ for minute precision, YYYY-MM, YYYY); "" while not given. */
  readonly start: string;
  readonly end?: string;
  readonly precision: Precision;
  readonly approximate: boolean;
  readonly basis: DateBasis;
  readonly note: string;
}

export interface DraftEvent {
  /** Given once, when the event is made, and never changed: links name it. */
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly kind: string;
  /** ISO 3166-1 alpha-2 codes, upper case. */
  readonly countries: readonly string[];
  readonly actors: readonly string[];
  readonly when: DraftWhen;
  readonly quotes: readonly DraftQuote[];
  readonly group?: string;
  readonly citation?: { readonly title: string; readonly url: string; readonly credit: string };
  readonly displayDate?: string;
}

export interface DraftEra {
  readonly title: string;
  readonly start: string;
  readonly end: string;
  readonly precision: Precision;
}

/** One change to a draft: what Undo takes back and Redo puts back. */
export type DraftEdit =
  | { readonly type: "set-details"; readonly title?: string; readonly description?: string }
  | { readonly type: "add-source"; readonly source: DraftSource }
  | {
      readonly type: "update-source";
      readonly sourceId: string;
      readonly changes: Partial<Omit<DraftSource, "id" | "text">>;
    }
  /** Removes the source and every quotation that points into it (the form asks first). */
  | { readonly type: "delete-source"; readonly sourceId: string }
  | { readonly type: "add-event"; readonly event: DraftEvent }
  | {
      readonly type: "update-event";
      readonly eventId: string;
      readonly changes: Partial<Omit<DraftEvent, "id" | "quotes">>;
    }
  | { readonly type: "delete-event"; readonly eventId: string }
  | { readonly type: "add-quote"; readonly eventId: string; readonly quote: DraftQuote }
  | {
      readonly type: "update-quote";
      readonly eventId: string;
      readonly quoteIndex: number;
      readonly changes: Partial<Pick<DraftQuote, "speaker">>;
    }
  | { readonly type: "delete-quote"; readonly eventId: string; readonly quoteIndex: number };

/**
 * A problem the loader would refuse the draft for, placed at its field: `path` is the field's
 * place in the document ("title", "sources[0].publishedAt", "events[2].when.start",
 * "events[2].quotes[0].exact"), `message` says what is wrong and how to mend it.
 */
export interface DraftProblem {
  readonly path: string;
  readonly message: string;
}

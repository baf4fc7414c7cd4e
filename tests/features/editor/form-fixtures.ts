import type { DraftEdit, DraftEvent, DraftSource } from "../../../src/data/draft/draft-document";

/** A draft source, the Kabul article's details by default. */
export function aDraftSource(over: Partial<DraftSource> = {}): DraftSource {
  return {
    id: "presstv",
    title: "Russia foreign minister calls for nationwide dialogue in Afghanistan",
    publisher: "Press TV",
    url: "https://www.presstv.ir/Detail/2021/08/19/664764/",
    publishedAt: "2021-08-19",
    text: "Lavrov said on Thursday that Moscow wants a dialogue.",
    ...over,
  };
}

/** A draft event with one quotation into `aDraftSource()`. */
export function aDraftEvent(over: Partial<DraftEvent> = {}): DraftEvent {
  return {
    id: "lavrov-press-conference",
    title: "Lavrov's press conference",
    summary: "Russia's foreign minister speaks after talks in Moscow.",
    kind: "press-conference",
    countries: ["RU"],
    actors: ["Sergei Lavrov"],
    when: {
      start: "2021-08-19",
      precision: "day",
      approximate: false,
      basis: "relative",
      note: "",
    },
    quotes: [
      {
        sourceId: "presstv",
        exact: "Moscow wants a dialogue",
        start: 29,
        end: 52,
        prefix: "on Thursday that ",
        suffix: ".",
        speaker: "Sergei Lavrov",
      },
    ],
    ...over,
  };
}

/** The edits a form sent, each with its coalesce key. */
export interface SentEdit {
  readonly edit: DraftEdit;
  readonly coalesce: string | undefined;
}

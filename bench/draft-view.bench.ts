// How long the editor's view of a draft takes after an edit (issue 13): a draft with a source of
// 5,000,000 characters and 500 events, each quoting it. `npx vitest bench --run --project bench
// bench/draft-view.bench.ts`; compare rows within one run, never against a fixed number.
import { bench, describe } from "vitest";
import { applyEdit } from "../src/data/draft/apply-edit";
import type { DraftDocument, DraftEvent } from "../src/data/draft/draft-document";
import { viewDraft } from "../src/data/draft/draft-view";

const options = { time: 2_000, warmupTime: 300 };

const SENTENCE = "The minister said the talks would go on in Moscow next week. ";
const TEXT = SENTENCE.repeat(Math.ceil(5_000_000 / SENTENCE.length)).slice(0, 5_000_000);

function event(index: number): DraftEvent {
  const start = index * 9_000;
  const exact = TEXT.slice(start, start + 40);
  return {
    id: `event-${index}`,
    title: `Event ${index}`,
    summary: "",
    kind: "statement",
    countries: ["RU"],
    actors: ["Sergei Lavrov"],
    when: {
      start: "2021-08-19",
      precision: "day",
      approximate: false,
      basis: "explicit",
      note: "",
    },
    quotes: [
      {
        sourceId: "presstv-2021-08-19",
        exact,
        start,
        end: start + exact.length,
        prefix: TEXT.slice(Math.max(0, start - 32), start),
        suffix: TEXT.slice(start + 40, start + 72),
      },
    ],
  };
}

const DRAFT: DraftDocument = {
  version: 1,
  title: "Kabul, August 2021",
  description: "",
  sources: [
    {
      id: "presstv-2021-08-19",
      title: "Russia calls for dialogue",
      publisher: "Press TV",
      url: "https://www.presstv.ir/",
      publishedAt: "2021-08-19",
      text: TEXT,
    },
  ],
  events: Array.from({ length: 500 }, (_, i) => event(i)),
  eras: [],
};

// One keystroke in an event's title, as the editor views the draft after it.
let typed = 0;
const typing = () =>
  applyEdit(DRAFT, {
    type: "update-event",
    eventId: "event-250",
    changes: { title: `T${typed++}` },
  });

// The same draft half made: every event's date not given yet, so the loader's slower path (which
// lists every problem) runs, and the view is built again with placeholders.
const UNFINISHED: DraftDocument = {
  ...DRAFT,
  events: DRAFT.events.map((each) => ({ ...each, when: { ...each.when, start: "" } })),
};

describe("viewDraft: 5,000,000-character source, 500 events", () => {
  bench("a whole view of a finished draft", () => void viewDraft(DRAFT), options);
  bench("the view after one keystroke", () => void viewDraft(typing()), options);
  bench("an unfinished draft: no event dated yet", () => void viewDraft(UNFINISHED), options);
});

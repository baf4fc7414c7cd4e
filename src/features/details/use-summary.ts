import { useEffect, useState } from "react";
import type { KeptSummary } from "../../domain/remote-summaries";
import type { TimelineEvent } from "../../domain/types";

export type SummaryState =
  | { readonly status: "shown"; readonly text: string }
  | { readonly status: "loading" }
  | { readonly status: "failed"; readonly message: string };

/**
 * The event's summary: its own, or, when the Worker kept it, asked for and shown when it comes
 * (a few milliseconds); an answer for an event no longer shown is dropped.
 */
export function useSummary(event: TimelineEvent, kept: KeptSummary | undefined): SummaryState {
  const [answer, setAnswer] = useState<{ id: string; state: SummaryState }>();
  const summaries = kept?.summaries;
  const position = kept?.position;
  useEffect(() => {
    if (!summaries || position === undefined) return;
    let current = true;
    summaries.get([position]).then(
      ([text = ""]) => current && setAnswer({ id: event.id, state: { status: "shown", text } }),
      (error: unknown) =>
        current &&
        setAnswer({
          id: event.id,
          state: {
            status: "failed",
            message: error instanceof Error ? error.message : String(error),
          },
        }),
    );
    return () => {
      current = false;
    };
  }, [summaries, position, event.id]);
  if (!kept) return { status: "shown", text: event.summary };
  return answer?.id === event.id ? answer.state : { status: "loading" };
}

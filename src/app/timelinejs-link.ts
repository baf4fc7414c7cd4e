import { timelineSlug } from "../data/timelinejs/slug";
import { isEventId } from "../domain/event-id";

/**
 * A TimelineJS link names its event in the hash (`#event-apollo-11`); ours in the query. Returns
 * the query string with that event added, or undefined when there is nothing to map (no such
 * hash, or the link already names an event). Imported ids are TimelineJS's own, so the id maps
 * unchanged; one TimelineJS kept as written ("Apollo 11") is slugified as the importer does.
 */
export function searchWithTimelineJsEvent(search: string, hash: string): string | undefined {
  const match = /^#event-(.+)$/.exec(hash);
  if (!match) return undefined;
  const params = new URLSearchParams(search);
  if ([...params.keys()].some((key) => key.toLowerCase() === "event")) return undefined;
  let raw: string;
  try {
    raw = decodeURIComponent(match[1] as string);
  } catch {
    raw = match[1] as string;
  }
  const id = isEventId(raw) ? raw : timelineSlug(raw);
  if (!isEventId(id)) return undefined;
  params.set("event", id);
  return params.toString();
}

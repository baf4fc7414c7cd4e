// TimelineJS3 links to a slide as `#event-<unique_id>`. To map those links we give events the ids
// TimelineJS gives them, so this follows NUKnightLab/TimelineJS3 closely:
// - `slugify` in src/js/core/Util.js;
// - `TimelineConfig` in src/js/core/TimelineConfig.js: the constructor gives the title slide an
//   id first, then each event in file order (before sorting by date), through `_assignID`;
// - `ensureUniqueKey` in src/js/core/Util.js, which `_assignID` calls.
// (`TimelineConfig._makeUniqueIdentifiers`, which slugifies unique_ids and adds "-<index>", is
// never called in TimelineJS3, so it is not followed.)

// Util.js `slugify` swaps these one for one; other non-ASCII letters are dropped.
const FROM = "ãàáäâẽèéëêìíïîõòóöôùúüûñç·/_,:;";
const TO = "aaaaaeeeeeiiiiooooouuuunc------";
const SWAPS = new Map([...FROM].map((char, index) => [char, TO.charAt(index)]));

/** TimelineJS3's slugify, character for character, so its `#event-…` links map to our ids. */
export function timelineSlug(text: string): string {
  // Util.js swaps one character at a time; no swap makes a character another swaps, so one pass
  // gives the same result. trim() strips what Util.js's /^\s+|\s+$/g strips, in linear time:
  // that expression retries \s+$ from every space of a run, 6 s on a 150,000-space headline.
  return text
    .trim()
    .toLowerCase()
    .replace(/[ãàáäâẽèéëêìíïîõòóöôùúüûñç·/_,:;]/g, (char) => SWAPS.get(char) ?? char)
    .replace(/[^a-z0-9 -]/g, "")
    .replace(/\s+/g, "-")
    .replace(/-+/g, "-")
    .replace(/^([0-9])/, "_$1");
}

// The ids given so far (TimelineJS's `event_dict` keys), and by root: the id less one
// "-<digits>" ending, as `ensureUniqueKey`'s lazy /^(.+?)(-\d+)?$/ reads it. Indexing by root
// keeps a timeline of many same-named events linear; TimelineJS rescans every id each time.
type TakenIds = { readonly all: Set<string>; readonly byRoot: Map<string, Set<string>> };

function take(taken: TakenIds, id: string): void {
  taken.all.add(id);
  // The "s" flag differs only where TimelineJS would throw on a line break in a unique_id.
  const root = /^(.+?)(-\d+)?$/s.exec(id)?.[1] ?? id;
  const similar = taken.byRoot.get(root) ?? new Set<string>();
  taken.byRoot.set(root, similar.add(id));
}

/** Util.js `ensureUniqueKey`: the candidate, or `<candidate>-<n>` counting ids that share its root. */
function uniqueKey(taken: TakenIds, candidate: string): string {
  // `candidate in event_dict` also sees a plain object's prototype: "constructor" is taken.
  if (!taken.all.has(candidate) && !(candidate in Object.prototype)) return candidate;
  // The greedy /^(.+)(-\d+)?$/ that TimelineJS applies here keeps the whole candidate as root.
  const similar = taken.byRoot.get(candidate) ?? new Set<string>();
  let id = `${candidate}-${similar.size + 1}`;
  for (let counter = similar.size; similar.has(id); counter++) id = `${candidate}-${counter}`;
  return id;
}

/**
 * Ids for events the way TimelineJS3 assigns them: a non-blank unique_id as written, else the slug
 * of the raw headline (TimelineJS slugifies it before stripping HTML, so `<i>` leaves an "i"),
 * made unique against the title slide's id and earlier events; never empty. Pass the events
 * TimelineJS keeps (those with a start date) in file order, and the title's own id, which is
 * `assignTimelineIds([title])[0]`.
 */
export function assignTimelineIds(
  events: readonly { uniqueId?: string; headline?: string }[],
  titleId?: string,
): string[] {
  const taken: TakenIds = { all: new Set(), byRoot: new Map() };
  if (titleId) take(taken, titleId);
  return events.map((event, index) => {
    const uniqueId = event.uniqueId ?? "";
    // Where TimelineJS falls back to a random `tl-xxxxxx`, we use `event-<n>` so that ids are
    // stable between loads; it goes through the same de-duplication.
    const candidate = /\S/.test(uniqueId)
      ? uniqueId
      : timelineSlug(event.headline ?? "") || `event-${index + 1}`;
    const id = uniqueKey(taken, candidate);
    take(taken, id);
    return id;
  });
}

import type { DraftDocument, DraftEdit, DraftEvent, DraftQuote } from "./draft-document";

/**
 * The draft after one edit. Pure; the same object back when the edit changes nothing or names a
 * source, event or quotation the draft does not have, so that a stale edit (a form still open on
 * a deleted event) is a no-op and never an error. Events stay in the order they were made.
 */
export function applyEdit(document: DraftDocument, edit: DraftEdit): DraftDocument {
  switch (edit.type) {
    case "set-details": {
      const title = edit.title ?? document.title;
      const description = edit.description ?? document.description;
      if (title === document.title && description === document.description) return document;
      return { ...document, title, description };
    }
    case "add-source":
      if (document.sources.some((source) => source.id === edit.source.id)) return document;
      return { ...document, sources: [...document.sources, edit.source] };
    case "update-source": {
      const sources = replaceWhere(
        document.sources,
        (source) => source.id === edit.sourceId,
        (source) =>
          changesNothing(source, edit.changes) ? source : { ...source, ...edit.changes },
      );
      return sources === document.sources ? document : { ...document, sources };
    }
    case "delete-source":
      return deleteSource(document, edit.sourceId);
    case "add-event":
      if (document.events.some((event) => event.id === edit.event.id)) return document;
      return { ...document, events: [...document.events, edit.event] };
    case "update-event":
      return updateEvent(document, edit.eventId, (event) =>
        changesNothing(event, edit.changes) ? event : { ...event, ...edit.changes },
      );
    case "delete-event": {
      const events = document.events.filter((event) => event.id !== edit.eventId);
      return events.length === document.events.length ? document : { ...document, events };
    }
    case "add-quote":
      return updateEvent(document, edit.eventId, (event) => ({
        ...event,
        quotes: [...event.quotes, edit.quote],
      }));
    case "update-quote":
      return updateEvent(document, edit.eventId, (event) => {
        const quotes = replaceWhere(
          event.quotes,
          (_quote, index) => index === edit.quoteIndex,
          (quote) => ("speaker" in edit.changes ? withSpeaker(quote, edit.changes.speaker) : quote),
        );
        return quotes === event.quotes ? event : { ...event, quotes };
      });
    case "delete-quote":
      return updateEvent(document, edit.eventId, (event) => {
        if (!Number.isInteger(edit.quoteIndex) || event.quotes[edit.quoteIndex] === undefined) {
          return event;
        }
        return { ...event, quotes: event.quotes.filter((_q, i) => i !== edit.quoteIndex) };
      });
  }
}

/** How many quotations point into a source: what deleting it would take with it. */
export function countQuotesOf(document: DraftDocument, sourceId: string): number {
  let count = 0;
  for (const event of document.events) {
    for (const quote of event.quotes) if (quote.sourceId === sourceId) count++;
  }
  return count;
}

function deleteSource(document: DraftDocument, sourceId: string): DraftDocument {
  const sources = document.sources.filter((source) => source.id !== sourceId);
  if (sources.length === document.sources.length) return document;
  // Events whose only quotation pointed here stay: the draft's problems ask for a new one.
  const events = document.events.map((event) =>
    event.quotes.some((quote) => quote.sourceId === sourceId)
      ? { ...event, quotes: event.quotes.filter((quote) => quote.sourceId !== sourceId) }
      : event,
  );
  return { ...document, sources, events };
}

function updateEvent(
  document: DraftDocument,
  eventId: string,
  change: (event: DraftEvent) => DraftEvent,
): DraftDocument {
  const events = replaceWhere(document.events, (event) => event.id === eventId, change);
  return events === document.events ? document : { ...document, events };
}

/** The list with matching items changed; the same list when no item changed. */
function replaceWhere<T>(
  items: readonly T[],
  matches: (item: T, index: number) => boolean,
  change: (item: T) => T,
): readonly T[] {
  let result: T[] | undefined;
  items.forEach((item, index) => {
    if (!matches(item, index)) return;
    const changed = change(item);
    if (changed === item) return;
    result ??= items.slice();
    result[index] = changed;
  });
  return result ?? items;
}

function changesNothing<T extends object>(item: T, changes: Partial<T>): boolean {
  return (Object.keys(changes) as (keyof T)[]).every((key) => item[key] === changes[key]);
}

function withSpeaker(quote: DraftQuote, speaker: string | undefined): DraftQuote {
  if (speaker === quote.speaker) return quote;
  // A speaker cleared is left out, as the file format leaves it out.
  if (speaker === undefined || speaker === "") {
    const { speaker: _speaker, ...rest } = quote;
    return rest;
  }
  return { ...quote, speaker };
}

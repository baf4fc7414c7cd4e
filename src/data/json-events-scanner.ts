/**
 * Splits a JSON document read piece by piece into its top-level `events` array's elements,
 * parsed a piece's worth at a time, and the rest of the document (its "skeleton", with that
 * array left empty), so that a large dataset is never one string and its first events can be
 * shown while the rest arrives. It only finds where elements end (strings, escapes, nesting);
 * `JSON.parse` does the parsing, so what it accepts is exactly what JSON.parse accepts.
 */
import { formatCount } from "../domain/count";

export interface JsonEventsScanner {
  /** Takes the next piece of text; returns the events completed by it, parsed. */
  push(text: string): unknown[];
  /**
   * The document so far with its events array closed, once that array has begun and everything
   * before it is read (undefined before): enough to check and build the events read so far.
   */
  soFar(): unknown;
  /** After the last piece: the whole document but its events (whose array it leaves empty). */
  end(): { readonly skeleton: unknown };
}

/** Why a document could not be split (the reading then reads it whole, or refuses it). */
export class ScanProblem extends Error {}

/** The longest one event may be, in characters; a longer one is refused rather than held. */
export const MAX_EVENT_CHARS = 8_000_000;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const STRING_END = /["\\]/g;

export function jsonEventsScanner(maxSkeletonChars: number): JsonEventsScanner {
  let depth = 0;
  let inString = false;
  let escaped = false;
  // A string at the top object's own level is a key or a value; its text is kept to know which.
  let keyParts: string[] | undefined;
  let lastKey: string | undefined;
  let afterColon = false;
  let phase: "before" | "events" | "after" = "before";
  const skeleton: string[] = [];
  let skeletonChars = 0;
  // The events array's text not yet parsed, and where its last complete element ends in it.
  let pending = "";
  let started = false;
  let count = 0; // events parsed so far

  const keep = (part: string) => {
    skeletonChars += part.length;
    if (skeletonChars > maxSkeletonChars) {
      throw new ScanProblem("what is not its events is too large");
    }
    skeleton.push(part);
  };

  return {
    push(text) {
      if (!started) {
        started = true;
        text = text.replace(/^\uFEFF/, "");
      }
      const found: unknown[] = [];
      let from = 0; // where this piece's text for the current phase begins
      let lastEnd = -1; // in the events phase: this piece's last element end (a comma at depth 2)
      const flushEvents = (upTo: number) => {
        const body = pending + text.slice(from, upTo);
        pending = "";
        from = upTo + 1;
        if (body.trim() === "") return;
        let parsed: unknown;
        try {
          parsed = JSON.parse(`[${body}]`);
        } catch (error) {
          const why = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, " ");
          throw new ScanProblem(
            `it is not JSON after its first ${formatCount(count)} events (${why})`,
          );
        }
        for (const event of parsed as unknown[]) found.push(event);
        count += (parsed as unknown[]).length;
      };
      let i = 0;
      const length = text.length;
      while (i < length) {
        if (inString) {
          if (escaped) {
            escaped = false;
            keyParts?.push(text.charAt(i));
            i++;
            continue;
          }
          STRING_END.lastIndex = i;
          const match = STRING_END.exec(text);
          if (!match) {
            keyParts?.push(text.slice(i));
            i = length;
            break;
          }
          const at = match.index;
          if (text.charCodeAt(at) === BACKSLASH) {
            keyParts?.push(text.slice(i, at + 1));
            escaped = true;
            i = at + 1;
            continue;
          }
          if (keyParts) {
            keyParts.push(text.slice(i, at));
            lastKey = keyParts.join("");
            keyParts = undefined;
          }
          inString = false;
          i = at + 1;
          continue;
        }
        const code = text.charCodeAt(i);
        if (afterColon && code > 0x20) {
          afterColon = false;
          if (depth === 1 && code === OPEN_BRACKET && lastKey === "events") {
            if (phase !== "before") throw new ScanProblem("it has more than one events array");
            keep(text.slice(from, i + 1));
            phase = "events";
            depth = 2;
            from = i + 1;
            i++;
            continue;
          }
        }
        if (code === QUOTE) {
          inString = true;
          if (depth === 1) keyParts = [];
        } else if (code === OPEN_BRACE || code === OPEN_BRACKET) {
          depth++;
        } else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
          depth--;
          if (depth < 0) throw new ScanProblem("it closes more than it opens");
          if (phase === "events" && depth === 1) {
            flushEvents(i);
            phase = "after";
            from = i;
            lastEnd = -1;
          }
        } else if (code === COMMA) {
          if (phase === "events" && depth === 2) lastEnd = i;
        } else if (code === COLON && depth === 1) {
          afterColon = true;
        }
        i++;
      }
      if (phase === "events") {
        if (lastEnd >= from) flushEvents(lastEnd);
        pending += text.slice(from);
        if (pending.length > MAX_EVENT_CHARS) {
          throw new ScanProblem("one of its events is too large");
        }
      } else {
        keep(text.slice(from));
      }
      return found;
    },
    soFar() {
      if (phase !== "events") return undefined;
      try {
        return JSON.parse(`${skeleton.join("")}]}`) as unknown;
      } catch {
        return undefined;
      }
    },
    end() {
      if (phase === "events" || depth !== 0 || inString) {
        throw new ScanProblem("it ends before it is complete");
      }
      if (phase === "before") throw new ScanProblem("it has no events array");
      let parsed: unknown;
      try {
        parsed = JSON.parse(skeleton.join(""));
      } catch (error) {
        throw new ScanProblem(error instanceof Error ? error.message : String(error));
      }
      return { skeleton: parsed };
    },
  };
}

import type { EventId } from "../../domain/types";

/** What every message between an embed and its host page carries (DESIGN.md, "Embedding"). */
export const MESSAGE_SOURCE = "sourceline";

/** Frame → host: the document's height in whole CSS px, so the host can size the iframe to it. */
export interface ResizeMessage {
  readonly source: typeof MESSAGE_SOURCE;
  readonly type: "resize";
  readonly height: number;
}

/** Frame → host: the selected event's id, or null when none is selected. */
export interface SelectMessage {
  readonly source: typeof MESSAGE_SOURCE;
  readonly type: "select";
  readonly event: string | null;
}

/** The resize message for a document box `height` px tall, rounded up so nothing is cut off. */
export function resizeMessage(height: number): ResizeMessage {
  const whole = Number.isFinite(height) ? Math.max(0, Math.ceil(height)) : 0;
  return { source: MESSAGE_SOURCE, type: "resize", height: whole };
}

/** The select message for the selected event (undefined: none). */
export function selectMessage(event: EventId | undefined): SelectMessage {
  return { source: MESSAGE_SOURCE, type: "select", event: event ?? null };
}

/**
 * The event a host page's message asks to select, or undefined for anything else: another
 * page's traffic, a malformed message, or an id this dataset does not have. Only plain objects
 * are read, which is what a structured clone of `{ source, type, event }` arrives as; a class
 * instance or a Map is someone else's message.
 */
export function readHostMessage(
  data: unknown,
  hasEvent: (id: string) => boolean,
): EventId | undefined {
  if (typeof data !== "object" || data === null || Array.isArray(data)) return undefined;
  const prototype: unknown = Object.getPrototypeOf(data);
  if (prototype !== Object.prototype && prototype !== null) return undefined;
  const message = data as Readonly<Record<string, unknown>>;
  if (message.source !== MESSAGE_SOURCE || message.type !== "select") return undefined;
  const event = message.event;
  if (typeof event !== "string" || !hasEvent(event)) return undefined;
  return event as EventId;
}

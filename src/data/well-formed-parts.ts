import * as v from "valibot";
import type { Positions } from "./build-dataset";
import {
  datasetSchema,
  eraSchema,
  eventSchema,
  sourceSchema,
  type RawDataset,
} from "./dataset-schema";

/**
 * The well-formed parts of a dataset the schema refused, so that the checks only a loaded
 * dataset gets (dates, countries, unique ids, quotes in their sources) go on past the first
 * bad event and every problem is listed at once. Undefined when there are no events to check,
 * or when a source is malformed: its quotes would then all be said to name no source.
 */
export function wellFormedParts(
  input: unknown,
): { raw: RawDataset; positions: Positions } | undefined {
  if (typeof input !== "object" || input === null || !("events" in input)) return undefined;
  const { events, sources = [], eras = [], initialWindow } = input as Record<string, unknown>;
  if (!Array.isArray(events) || !Array.isArray(sources)) return undefined;
  const goodSources: RawDataset["sources"] = [];
  for (const source of sources) {
    const parsed = v.safeParse(sourceSchema, source);
    if (!parsed.success) return undefined;
    goodSources.push(parsed.output);
  }
  const good = <T>(schema: v.GenericSchema<unknown, T>, list: unknown) => {
    const items: T[] = [];
    const positions: number[] = [];
    (Array.isArray(list) ? list : []).forEach((item: unknown, index) => {
      const parsed = v.safeParse(schema, item);
      if (parsed.success) {
        items.push(parsed.output);
        positions.push(index);
      }
    });
    return { items, positions };
  };
  const goodEvents = good(eventSchema, events);
  const goodEras = good(eraSchema, eras);
  const window = v.safeParse(datasetSchema.entries.initialWindow, initialWindow);
  return {
    raw: {
      version: 1,
      title: "",
      description: "",
      initialWindow: window.success ? window.output : undefined,
      sources: goodSources,
      eras: goodEras.items,
      events: goodEvents.items,
    },
    positions: { events: goodEvents.positions, eras: goodEras.positions },
  };
}

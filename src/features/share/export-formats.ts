import type { Dataset, TimelineEvent, TimeWindow } from "../../domain/types";

type Writer = (dataset: Dataset, events: readonly TimelineEvent[], window?: TimeWindow) => string;

interface Format {
  readonly label: string;
  readonly suffix: string;
  readonly type: string;
  /** The writers load when the user exports, not with the page. */
  readonly write: () => Promise<Writer>;
}

export const FORMATS: readonly [Format, ...Format[]] = [
  {
    label: "Sourceline JSON",
    suffix: ".json",
    type: "application/json",
    write: async () => (await import("../../data/export/to-sourceline-json")).toSourcelineJson,
  },
  {
    // Half the size of our JSON, and decoded one byte per character: for tens of thousands of
    // events. It opens here as our JSON does; other tools would need to read the columns. The
    // README and docs/dataset-format.md say it is for large datasets.
    label: "Sourceline JSON (columns)",
    suffix: ".columns.json",
    type: "application/json",
    write: async () =>
      (await import("../../data/export/to-sourceline-columns")).toSourcelineColumns,
  },
  {
    label: "CSV",
    suffix: ".csv",
    type: "text/csv",
    write: async () => (await import("../../data/export/to-events-csv")).toEventsCsv,
  },
  {
    label: "TimelineJS JSON",
    suffix: ".timelinejs.json",
    type: "application/json",
    write: async () => (await import("../../data/export/to-timelinejs")).toTimelineJs,
  },
  {
    // For annotation tools and archives: each quotation as a W3C Web Annotation of its source.
    label: "Web Annotations (JSON-LD)",
    suffix: ".annotations.jsonld",
    type: "application/ld+json",
    write: async () => (await import("../../data/export/to-web-annotations")).toWebAnnotations,
  },
];

export type ExportFormat = Format;

const DAY = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});

/** "Archived copy (19 Aug 2021)", or "Archived copy" when the day it was taken is not known. */
export function archivedCopyLabel(archivedAt: string | undefined): string {
  const day = archivedAt ? new Date(`${archivedAt}T00:00:00Z`) : undefined;
  return day && !Number.isNaN(day.getTime())
    ? `Archived copy (${DAY.format(day)})`
    : "Archived copy";
}

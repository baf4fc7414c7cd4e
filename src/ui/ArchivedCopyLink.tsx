import type { Source } from "../domain/types";
import { archivedCopyLabel } from "./archive-date";
import { LinkHost } from "./LinkHost";

/**
 * The source's archived copy, said beside its original: for when the page has moved or changed
 * since it was quoted. Nothing when the source has none (or it is not an http(s) address).
 */
export function ArchivedCopyLink({
  source,
}: {
  source: Pick<Source, "archiveUrl" | "archivedAt">;
}) {
  const { archiveUrl, archivedAt } = source;
  if (!archiveUrl || !/^https?:\/\//.test(archiveUrl)) return null;
  return (
    <a href={archiveUrl} target="_blank" rel="noopener noreferrer">
      {archivedCopyLabel(archivedAt)}
      <LinkHost url={archiveUrl} />
      <span className="visually-hidden"> (new tab)</span>
    </a>
  );
}

import { linkHost } from "../domain/link-host";

/**
 * Where a link from data goes, said beside its words: the dataset names the publisher, but only
 * the address decides where the reader lands. Nothing for an address that is not http(s).
 */
export function LinkHost({ url }: { url: string }) {
  const host = linkHost(url);
  if (!host) return null;
  return <span className="link-host"> ({host})</span>;
}

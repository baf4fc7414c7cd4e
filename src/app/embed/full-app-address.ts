import { parseUrlState, serializeUrlState } from "../url-state";

/** The same view in the full app: the embed's address with `embed` left out, all else kept. */
export function fullAppAddress(address: string): string {
  const query = address.indexOf("?");
  const page = query < 0 ? address : address.slice(0, query);
  const search = query < 0 ? "" : address.slice(query + 1);
  const full = serializeUrlState({ ...parseUrlState(search), embed: false });
  return full ? `${page}?${full}` : page;
}

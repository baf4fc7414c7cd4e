import { formatCount } from "../domain/count";
import { MAX_SEARCH_CHARS } from "../domain/search-length";
import { showControls } from "../domain/bidi";
import {
  MAX_COUNTRIES,
  MAX_DATA_CHARS,
  MAX_EXTRA,
  MAX_GROUPS,
  MAX_SOURCES,
  MAX_VALUE,
  type Refusal,
} from "./url-state";

const REPEATED: Readonly<Record<string, string>> = {
  event: "more than one event; the first is shown",
  q: "more than one search; the first is used",
  "from/to": "more than one time window; the first is used",
  data: "more than one dataset; the first is opened",
};

/** What the page says about a part of the link it did not use, naming the parameter. */
export function refusalText({ parameter, reason, count }: Refusal): string {
  const n = formatCount(count);
  if (reason === "repeated") {
    return `The link names ${REPEATED[parameter] ?? `"${showControls(parameter)}" more than once; the first is used`} (${showControls(parameter)}=).`;
  }
  if (reason === "too-many") {
    if (parameter === "country")
      return `The link filters by ${n} countries; the first ${MAX_COUNTRIES} are used (country=).`;
    if (parameter === "group")
      return `The link filters by ${n} groups; the first ${MAX_GROUPS} are used (group=).`;
    if (parameter === "source")
      return `The link filters by ${n} sources; the first ${MAX_SOURCES} are used (source=).`;
    return `The link has ${n} parameters Sourceline does not know; the first ${MAX_EXTRA} are kept in the address, the rest are left out.`;
  }
  if (parameter === "data") return dataTooLongText(count);
  if (parameter === "q")
    return `The link's search (q=) is ${n} characters long, more than the ${MAX_SEARCH_CHARS} a search can hold, so it was left out.`;
  if (parameter === "source")
    return `A source id in the link (source=) is ${n} characters long, more than ${MAX_VALUE}, so that filter was left out.`;
  if (parameter === "group")
    return `A group name in the link (group=) is ${n} characters long, more than ${MAX_VALUE}, so that filter was left out.`;
  return `The link's parameter "${showControls(parameter)}" is ${n} characters long, more than ${MAX_VALUE}, so it was left out of the address.`;
}

/** Why a link's dataset address was not opened: it is longer than any address we fetch. */
export function dataTooLongText(length: number): string {
  return `The link's dataset address (data=) is ${formatCount(length)} characters long; Sourceline opens addresses up to ${formatCount(MAX_DATA_CHARS)} characters, so it was not opened. The link is left as it came.`;
}

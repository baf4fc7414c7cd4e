/**
 * The host a link really goes to, as the URL parser gives it (an IDN as punycode, so a
 * look-alike of a known name shows as the xn-- name it is), or undefined for anything but an
 * http(s) address. A dataset's words about a link (its publisher) may say anything; this cannot.
 */
export function linkHost(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") return undefined;
  return parsed.host || undefined;
}

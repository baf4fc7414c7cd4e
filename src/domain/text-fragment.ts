import { toWellFormedText } from "./well-formed-text";

/**
 * A URL text fragment (`#:~:text=`) that makes browsers scroll to and highlight `exact` in
 * the page at `url`. Long quotes use the start,end form so the link stays short. Total: every
 * string gives a link (a lone surrogate, which `encodeURIComponent` refuses, becomes U+FFFD).
 */
export function textFragmentUrl(url: string, exact: string): string {
  const words = toWellFormedText(exact).trim().split(/\s+/);
  const base = toWellFormedText(url.split("#")[0] ?? url);
  const text =
    words.length > 12
      ? `${encodeFragmentPart(words.slice(0, 5).join(" "))},${encodeFragmentPart(words.slice(-5).join(" "))}`
      : encodeFragmentPart(words.join(" "));
  return `${base}#:~:text=${text}`;
}

// The text directive reserves "-", "," and "&" as syntax, so they must be percent-encoded too.
function encodeFragmentPart(part: string): string {
  return encodeURIComponent(part).replace(/-/g, "%2D").replace(/,/g, "%2C").replace(/&/g, "%26");
}

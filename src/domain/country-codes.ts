import { countryName } from "./countries";

// Built once, on first use: 676 Intl lookups give the same answer every time, and a picker
// asks for the whole list on every keystroke.
let codes: readonly string[] | undefined;

// Withdrawn codes (ISO 3166-3) that the region-name data still names after their successors:
// offered, "SU" would be a second "Russia" and "YU" a second "Serbia".
const WITHDRAWN = new Set("AN BU CS DD DY FX HV NH RH SU TP VD YD YU ZR".split(" "));

/** Every ISO 3166-1 alpha-2 code the region-name data can name, sorted by English name. */
export function allCountryCodes(): readonly string[] {
  if (codes) return codes;
  const found: { code: string; name: string }[] = [];
  for (let first = 65; first <= 90; first++) {
    for (let second = 65; second <= 90; second++) {
      const code = String.fromCharCode(first, second);
      const name = countryName(code);
      // DisplayNames echoes a code it cannot name back: such a code names no country for us.
      if (name !== undefined && name !== code && !WITHDRAWN.has(code)) found.push({ code, name });
    }
  }
  found.sort((a, b) => a.name.localeCompare(b.name, "en"));
  codes = found.map(({ code }) => code);
  return codes;
}

/** Folds case and diacritics away, so that "cote" finds "Côte d'Ivoire". */
export function foldForSearch(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().trim();
}

/**
 * The countries a search names, best first: the code itself ("ru" → Russia), then names that
 * start with the words, then names that contain them anywhere.
 */
export function countriesMatching(query: string, among = allCountryCodes()): readonly string[] {
  const folded = foldForSearch(query);
  if (folded === "") return among;
  const byCode: string[] = [];
  const starting: string[] = [];
  const containing: string[] = [];
  for (const code of among) {
    const name = foldForSearch(countryName(code) ?? code);
    if (code.toLowerCase() === folded) byCode.push(code);
    else if (name.startsWith(folded)) starting.push(code);
    else if (name.includes(folded)) containing.push(code);
  }
  return [...byCode, ...starting, ...containing];
}

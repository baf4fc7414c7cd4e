const regionNames = new Intl.DisplayNames(["en"], { type: "region", fallback: "none" });

// Codes reserved for private use, and the exceptionally reserved or grouping codes that the
// region-name data still names (European Union, United Nations, Eurozone, Canary Islands, …).
const USER_ASSIGNED = /^(AA|Q[M-Z]|X[A-Z]|ZZ|EU|UN|EZ|AC|TA|IC|EA|DG|CP|CQ|UK)$/;

// Intl lookups are slow next to a Map, and a large dataset asks about the same few codes 100,000 times.
const names = new Map<string, string | undefined>();

/** The English name of an ISO 3166-1 alpha-2 code, or undefined for a code that names no country. */
export function countryName(code: string): string | undefined {
  if (names.has(code)) return names.get(code);
  const name = lookUp(code);
  if (names.size < 1000) names.set(code, name);
  return name;
}

function lookUp(code: string): string | undefined {
  if (!/^[A-Z]{2}$/.test(code) || USER_ASSIGNED.test(code)) return undefined;
  try {
    return regionNames.of(code);
  } catch {
    return undefined;
  }
}

/** Whether a code is a real ISO 3166-1 alpha-2 country code (upper case). */
export function isCountryCode(code: string): boolean {
  return countryName(code) !== undefined;
}

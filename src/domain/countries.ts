const regionNames = new Intl.DisplayNames(["en"], { type: "region", fallback: "none" });

// Codes reserved for private use, and the exceptionally reserved or grouping codes that the
// region-name data still names (European Union, United Nations, Eurozone, Canary Islands, …).
const USER_ASSIGNED = /^(AA|Q[M-Z]|X[A-Z]|ZZ|EU|UN|EZ|AC|TA|IC|EA|DG|CP|CQ|UK)$/;

/** The English name of an ISO 3166-1 alpha-2 code, or undefined for a code that names no country. */
export function countryName(code: string): string | undefined {
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

import countries from "i18n-iso-countries";
import english from "i18n-iso-countries/langs/en.json";
import { isCountryCode } from "../../domain/countries";

// English names, with their other spellings ("Ivory Coast", "Turkey"), for the exports whose
// `iso` cell is blank or a number ISO never gave (ACLED's own code for Kosovo, say).
countries.registerLocale(english);

/**
 * A function from an ACLED row's `iso` (ISO 3166-1 numeric: "4" or "004") and `country` cells to
 * the event's alpha-2 code: by number first, else by name; undefined when neither names a
 * country. Each pair is looked up once per export, since a million rows name about fifty.
 */
export function acledCountryReader(): (iso: string, country: string) => string | undefined {
  const known = new Map<string, string | undefined>();
  return (iso, country) => {
    const key = `${iso}\u0000${country}`;
    if (known.has(key)) return known.get(key);
    const code = byNumber(iso.trim()) ?? byName(country.trim());
    known.set(key, code);
    return code;
  };
}

function byNumber(iso: string): string | undefined {
  if (!/^\d{1,3}$/.test(iso)) return undefined;
  return real(countries.numericToAlpha2(iso));
}

function byName(name: string): string | undefined {
  return name ? real(countries.getSimpleAlpha2Code(name, "en")) : undefined;
}

/** The code when the app knows it as a country, so the dataset's own check accepts it. */
function real(code: string | undefined): string | undefined {
  return code !== undefined && isCountryCode(code) ? code : undefined;
}

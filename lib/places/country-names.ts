// English country names by ISO 3166-1 alpha-2 code (i18n-iso-countries).
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json';

countries.registerLocale(en);

export function countryName(code: string): string | null {
  return countries.getName(code, 'en') ?? null;
}

/** world-atlas names countries by their numeric code ("250" → "FR"). */
export function alpha2OfNumeric(numeric: string): string | null {
  return countries.numericToAlpha2(numeric) ?? null;
}

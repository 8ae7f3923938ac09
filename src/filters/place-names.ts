/**
 * The sidebar's places, in the reader's words (pure but for the browser's language): a country
 * with a code is named by `Intl.DisplayNames` in that language ("Deutschland" for a German
 * reader, "Germany" for an English one), else as the photos write it.
 */
import { countryParamOf, type CountryPlace } from '../../contract/places.ts';

let names: Intl.DisplayNames | null | undefined;
function displayNames(): Intl.DisplayNames | null {
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames(typeof navigator === 'undefined' ? undefined : navigator.languages, {
        type: 'region',
        fallback: 'none',
      });
    } catch {
      names = null;
    }
  }
  return names;
}

/** The name to show for a country (`code` its ISO code, `written` the photos' name). */
export function countryLabel(code: string | null, written: string): string {
  if (!code) return written;
  return displayNames()?.of(code) ?? written;
}

/** The `country` URL value's label: from the listed country when there is one. */
export function chosenCountryLabel(param: string, countries: readonly CountryPlace[] | undefined): string {
  const listed = countries?.find((country) => countryParamOf(country) === param);
  if (listed) return countryLabel(listed.country_code, listed.country);
  return /^[A-Z]{2}$/.test(param) ? countryLabel(param, param) : param;
}

/** The chosen place in words: "Lisbon, Portugal" or "Portugal". */
export function placeLabel(country: string, city: string | undefined): string {
  return city ? `${city}, ${country}` : country;
}

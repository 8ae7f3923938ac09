/**
 * The sidebar's places from counted place names (pure): one entry per country, keyed by its ISO
 * alpha-2 code when the name has one we know (so "Portugal" and "PT" are one country) and by the
 * name otherwise, with its cities inside it.
 */
import { countryCodeOf } from '../db/place-labels.ts';

/** How many photos one (country, state, city) holds; `''` for a missing state or city. */
export interface PlaceCountRow {
  country: string;
  state: string;
  city: string;
  count: number;
}

export interface CityPlace {
  city: string;
  /** The state most of the city's photos name; null when none does. */
  state: string | null;
  asset_count: number;
}

export interface CountryPlace {
  country_code: string | null;
  /** The name most of the country's photos use. */
  country: string;
  asset_count: number;
  cities: CityPlace[];
}

/** What `country_code` takes for a country name: its code, or the name itself when it has none. */
export function placeKeyOf(country: string): string {
  return countryCodeOf(country) ?? country;
}

/** The key of a `country_code` parameter: a code as is, a name through placeKeyOf. */
export function placeKeyOfParam(param: string): string {
  return /^[A-Z]{2}$/.test(param) ? param : placeKeyOf(param);
}

/** The entry of `counts` with the largest count (ties: the first seen). */
function mostOf(counts: Map<string, number>): string {
  let best = '';
  let bestCount = -1;
  for (const [name, count] of counts) {
    if (count > bestCount) [best, bestCount] = [name, count];
  }
  return best;
}

const byCountThenName =
  <T extends { asset_count: number }>(name: (item: T) => string) =>
  (a: T, b: T) =>
    b.asset_count - a.asset_count || name(a).localeCompare(name(b), 'en');

/** Countries, most photos first (then by name), each with its cities ordered the same way. */
export function groupPlaces(rows: readonly PlaceCountRow[]): CountryPlace[] {
  interface CityTally {
    count: number;
    states: Map<string, number>;
  }
  interface CountryTally {
    count: number;
    names: Map<string, number>;
    cities: Map<string, CityTally>;
  }
  const countries = new Map<string, CountryTally>();
  for (const row of rows) {
    if (row.count <= 0) continue;
    const key = placeKeyOf(row.country);
    let country = countries.get(key);
    if (!country) countries.set(key, (country = { count: 0, names: new Map(), cities: new Map() }));
    country.count += row.count;
    country.names.set(row.country, (country.names.get(row.country) ?? 0) + row.count);
    if (!row.city) continue;
    let city = country.cities.get(row.city);
    if (!city) country.cities.set(row.city, (city = { count: 0, states: new Map() }));
    city.count += row.count;
    if (row.state) city.states.set(row.state, (city.states.get(row.state) ?? 0) + row.count);
  }
  return [...countries]
    .map(([key, tally]): CountryPlace => {
      const cities = [...tally.cities].map(([city, c]): CityPlace => ({
        city,
        state: c.states.size ? mostOf(c.states) : null,
        asset_count: c.count,
      }));
      return {
        country_code: /^[A-Z]{2}$/.test(key) ? key : null,
        country: mostOf(tally.names),
        asset_count: tally.count,
        cities: cities.sort(byCountThenName((c) => c.city)),
      };
    })
    .sort(byCountThenName((c) => c.country));
}

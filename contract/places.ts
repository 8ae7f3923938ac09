/**
 * Ours (the local server, issue 14): `GET /api/assets/places`, the countries and cities of the
 * assets a filter matches, with counts (docs/api-contract.md). In `zod/mini`: the gallery parses it.
 */
import { z } from 'zod/mini';

export const CityPlace = z.object({
  city: z.string(),
  state: z.nullable(z.string()),
  asset_count: z.number(),
});
export type CityPlace = z.infer<typeof CityPlace>;

export const CountryPlace = z.object({
  /** ISO 3166-1 alpha-2; null when the photos' name for the country has no code we know. */
  country_code: z.nullable(z.string()),
  country: z.string(),
  asset_count: z.number(),
  cities: z.array(CityPlace),
});
export type CountryPlace = z.infer<typeof CountryPlace>;

export const PlaceList = z.object({ countries: z.array(CountryPlace) });
export type PlaceList = z.infer<typeof PlaceList>;

/** What `country_code` takes for a country: its code, or its name when it has none. */
export const countryParamOf = (country: Pick<CountryPlace, 'country_code' | 'country'>) =>
  country.country_code ?? country.country;

/**
 * The place of a GPS position, from our ExifTool tag `GeolocationLocality`
 * (media/exiftool-locality.config): the city the position is in, where ExifTool's own
 * `GeolocationCity` names the nearest neighbourhood ("Baixa" for central Lisbon).
 */
export interface GpsPlace {
  city: string | null;
  state: string | null;
  country: string | null;
}

const SEPARATOR = '\u001f';
const part = (text: string | undefined) => (text?.trim() ? text.trim() : null);

/** The locality tag's value as a place, or null when absent or empty. */
export function parseLocality(value: unknown): GpsPlace | null {
  if (typeof value !== 'string') return null;
  const [city, state, country] = value.split(SEPARATOR);
  const place = { city: part(city), state: part(state), country: part(country) };
  return place.city !== null || place.state !== null || place.country !== null ? place : null;
}

/**
 * The place from GPS: the locality if our ExifTool config gave one, else ExifTool's nearest
 * geolocation entry (a reader started without the config), else null.
 */
export function gpsPlaceOf(
  locality: unknown,
  geolocation: { city: string | null; state: string | null; country: string | null },
): GpsPlace | null {
  const place = parseLocality(locality);
  if (place) return place;
  const { city, state, country } = geolocation;
  return city !== null || state !== null || country !== null ? { city, state, country } : null;
}

/**
 * Wall-clock arithmetic for the demo plan: UTC offsets with daylight saving (so a Lisbon trip
 * across the last Sunday of October really shows +01:00 then +00:00) and rough sunrise/sunset,
 * so a photo taken at 19:30 in Reykjavik in September is a sunset and in Tokyo in April is night.
 *
 * Local times are carried as "wall-clock milliseconds": Date.UTC of the local fields, never
 * interpreted in the machine's zone.
 */

/** Kinds of light through a day, as the scenes draw them. */
export type TimeOfDay = 'dawn' | 'day' | 'golden' | 'sunset' | 'night';
export type Weather = 'clear' | 'cloudy' | 'overcast';

export type Zone =
  'Europe/Lisbon' | 'Europe/Berlin' | 'Atlantic/Reykjavik' | 'Asia/Tokyo' | 'America/New_York';

const STANDARD_MINUTES: Record<Zone, number> = {
  'Europe/Lisbon': 0,
  'Europe/Berlin': 60,
  'Atlantic/Reykjavik': 0,
  'Asia/Tokyo': 540,
  'America/New_York': -300,
};

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Day of month of the n-th Sunday (n = -1: the last) of a month, month 0-based. */
function nthSunday(year: number, month: number, n: number): number {
  if (n > 0) {
    const firstDow = new Date(Date.UTC(year, month, 1)).getUTCDay();
    return 1 + ((7 - firstDow) % 7) + (n - 1) * 7;
  }
  const lastDay = new Date(Date.UTC(year, month + 1, 0));
  return lastDay.getUTCDate() - lastDay.getUTCDay();
}

/** UTC offset in minutes for a wall-clock time in a zone, with the EU and US DST rules. */
export function offsetMinutes(zone: Zone, wallMs: number): number {
  const std = STANDARD_MINUTES[zone];
  const year = new Date(wallMs).getUTCFullYear();
  const asStandard = wallMs; // compare in standard time; the hour of overlap doesn't matter here
  if (zone === 'Europe/Lisbon' || zone === 'Europe/Berlin') {
    // EU: 01:00 UTC on the last Sundays of March and October.
    const start = Date.UTC(year, 2, nthSunday(year, 2, -1), 1) + std * 60_000;
    const end = Date.UTC(year, 9, nthSunday(year, 9, -1), 1) + std * 60_000;
    return asStandard >= start && asStandard < end ? std + 60 : std;
  }
  if (zone === 'America/New_York') {
    // US: 02:00 local on the second Sunday of March until 02:00 on the first Sunday of November.
    const start = Date.UTC(year, 2, nthSunday(year, 2, 2), 2);
    const end = Date.UTC(year, 10, nthSunday(year, 10, 1), 1);
    return asStandard >= start && asStandard < end ? std + 60 : std;
  }
  return std;
}

/** `+09:00`, `-04:00`, `+00:00`. */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** `2024-04-03T18:05:09` from wall-clock milliseconds. */
export function formatWallClock(wallMs: number): string {
  return new Date(wallMs).toISOString().slice(0, 19);
}

/** EXIF's `2024:04:03 18:05:09`. */
export function exifDateTime(wallMs: number): string {
  return formatWallClock(wallMs).replace(/-/g, ':').replace('T', ' ');
}

/** `YYYY-MM-DD` of wall-clock milliseconds. */
export function dayOf(wallMs: number): string {
  return formatWallClock(wallMs).slice(0, 10);
}

/** Wall-clock milliseconds of a day (`YYYY-MM-DD`) plus some hours. */
export function wallClock(day: string, hours = 0): number {
  return Date.parse(`${day}T00:00:00Z`) + Math.round(hours * HOUR);
}

/** The day `n` days after `day`. */
export function addDays(day: string, n: number): string {
  return dayOf(wallClock(day) + n * DAY);
}

export interface SunTimes {
  /** Local clock hours (e.g. 7.25 = 07:15). */
  sunrise: number;
  sunset: number;
}

/**
 * Sunrise and sunset to within a quarter of an hour or so: solar noon from the longitude and the
 * zone offset, day length from the sun's declination (equation of time ignored).
 */
export function sunTimes(latitude: number, longitude: number, wallMs: number, offsetMin: number): SunTimes {
  const start = Date.UTC(new Date(wallMs).getUTCFullYear(), 0, 1);
  const dayOfYear = Math.floor((wallMs - start) / DAY) + 1;
  const declination = ((-23.44 * Math.PI) / 180) * Math.cos((2 * Math.PI * (dayOfYear + 10)) / 365);
  const phi = (latitude * Math.PI) / 180;
  const cosH = -Math.tan(phi) * Math.tan(declination);
  const halfDay = (Math.acos(Math.max(-1, Math.min(1, cosH))) * 180) / Math.PI / 15;
  const solarNoon = 12 + offsetMin / 60 - longitude / 15;
  return { sunrise: solarNoon - halfDay, sunset: solarNoon + halfDay };
}

/** The light of the moment at a place: night, dawn, the golden hour, sunset or plain day. */
export function timeOfDay(
  place: { latitude: number; longitude: number },
  wallMs: number,
  offsetMin: number,
): TimeOfDay {
  const hour = (wallMs % DAY) / HOUR;
  const sun = sunTimes(place.latitude, place.longitude, wallMs, offsetMin);
  if (hour < sun.sunrise - 0.4 || hour > sun.sunset + 0.6) return 'night';
  if (hour < sun.sunrise + 0.8) return 'dawn';
  if (hour > sun.sunset - 0.3) return 'sunset';
  if (hour > sun.sunset - 1.6) return 'golden';
  return 'day';
}

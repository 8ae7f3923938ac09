/**
 * The UTC offset an IANA zone had at a wall-clock time, from the zone rules Node's ICU carries
 * (offline). Used when a photo has GPS but no written offset: the zone of the position tells the
 * offset, daylight saving included, for the date the photo was taken.
 */
import type { WallClock } from './exif-dates.ts';

const formatters = new Map<string, Intl.DateTimeFormat | null>();

function formatterFor(zone: string): Intl.DateTimeFormat | null {
  if (!formatters.has(zone)) {
    let formatter: Intl.DateTimeFormat | null;
    try {
      formatter = new Intl.DateTimeFormat('en-US', {
        timeZone: zone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch {
      formatter = null; // Not a zone ICU knows.
    }
    formatters.set(zone, formatter);
  }
  return formatters.get(zone) ?? null;
}

/** Minutes east of UTC in `zone` at the instant `utcMs`. */
function offsetAtInstant(formatter: Intl.DateTimeFormat, utcMs: number): number {
  const parts: Record<string, number> = {};
  for (const part of formatter.formatToParts(new Date(utcMs))) parts[part.type] = Number(part.value);
  const asUtc = Date.UTC(parts.year!, parts.month! - 1, parts.day, parts.hour, parts.minute, parts.second);
  return Math.round((asUtc - Math.floor(utcMs / 1000) * 1000) / 60_000);
}

/**
 * The offset of `zone` when its clocks showed `wall` (seconds precision), or null for an unknown
 * zone. In the repeated autumn hour the larger (summer) offset is taken; in the hour skipped by
 * a spring-forward, the offset from before the change.
 */
export function offsetMinutesAt(zone: string, wall: WallClock): number | null {
  const formatter = formatterFor(zone);
  if (!formatter) return null;
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  const day = 86_400_000;
  // A day either side of any change: the offsets in force before and after it.
  const before = offsetAtInstant(formatter, asUtc - day);
  const after = offsetAtInstant(formatter, asUtc + day);
  const valid = [before, after].filter((o) => offsetAtInstant(formatter, asUtc - o * 60_000) === o);
  return valid.length > 0 ? Math.max(...valid) : before;
}

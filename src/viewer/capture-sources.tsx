import type { Asset } from '../../contract/entities.ts';

type Sources = Pick<Asset, 'local_datetime_source' | 'time_zone_source' | 'place_source'>;

const DATE_WORDS = {
  camera: 'Date from the camera',
  file_name: 'Date from the file name',
  file_time: 'File date',
} as const;

const ZONE_WORDS = {
  camera: 'time zone from the camera',
  gps: 'time zone from GPS',
  file_name: 'time zone from the file name',
  machine: 'in this computer’s time zone',
} as const;

/**
 * Where the date and its time zone came from, in plain words: "Date from the camera, time zone
 * from GPS". Null when the server doesn't say (the gateway, photos indexed before it kept this).
 */
export function captureSourceText(sources: Sources): string | null {
  const same = sources.local_datetime_source;
  if (same && same === sources.time_zone_source) {
    return same === 'camera' ? 'Date and time zone from the camera' : 'Date and time zone from the file name';
  }
  const date = sources.local_datetime_source ? DATE_WORDS[sources.local_datetime_source] : null;
  const zone = sources.time_zone_source ? ZONE_WORDS[sources.time_zone_source] : null;
  if (date && zone) return `${date}, ${zone}`;
  if (date) return date;
  return zone ? zone.charAt(0).toUpperCase() + zone.slice(1) : null;
}

/** Where city/state/country came from: "from GPS" or "written in the file"; null when not said. */
export function placeSourceText(sources: Sources): string | null {
  if (sources.place_source === 'gps') return 'from GPS';
  if (sources.place_source === 'file') return 'written in the file';
  return null;
}

const WHY = {
  file_time:
    'The file holds no date of its own, so this is when the file was last changed, shown in the time zone of the computer that holds the photos.',
  file_name: 'The file holds no date of its own; this one is read from its name.',
} as const;

/** The line under "Taken" saying where the date and zone came from. */
export function CaptureSourceNote({ asset }: { asset: Sources }) {
  const text = captureSourceText(asset);
  if (text === null) return null;
  const source = asset.local_datetime_source;
  const why = source === 'file_time' || source === 'file_name' ? WHY[source] : undefined;
  return (
    <span className="asset-info__source" title={why}>
      {text}
    </span>
  );
}

/** The place with where it came from, when the server says. */
export function PlaceWithSource({ place, asset }: { place: string; asset: Sources }) {
  const source = placeSourceText(asset);
  return (
    <>
      {place}
      {source ? <span className="asset-info__source">{source}</span> : null}
    </>
  );
}

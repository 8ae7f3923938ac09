/** Alt text for a thumbnail: what, where, with whom, when — as a screen reader user would ask. */
import type { Asset } from '../../contract/entities.ts';
import { formatWallDate } from '../time/date-labels.ts';

type AltSource = Pick<Asset, 'mime_type' | 'local_datetime'> & {
  exif?: Pick<NonNullable<Asset['exif']>, 'city' | 'state' | 'country'> | null;
  people?: ReadonlyArray<{ name?: string | null; is_hidden?: boolean }> | null;
};

/** `Ana`, `Ana and Rui`, `Ana, Rui and Eva`, `Ana, Rui, Eva and 2 others`. */
export function joinNames(names: readonly string[], max = 3): string {
  if (names.length <= 1) return names[0] ?? '';
  if (names.length <= max) return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  const rest = names.length - max;
  return `${names.slice(0, max).join(', ')} and ${rest} ${rest === 1 ? 'other' : 'others'}`;
}

/** `Lisbon, Portugal`; the state only when there is no city; null when nothing is known. */
export function placeOf(exif: AltSource['exif']): string | null {
  if (!exif) return null;
  const parts = [exif.city || exif.state, exif.country]
    .map((part) => part?.trim())
    .filter(Boolean) as string[];
  const unique = parts.filter((part, i) => parts.indexOf(part) === i);
  return unique.length ? unique.join(', ') : null;
}

/** "Photo taken in Lisbon, Portugal with Ana and Rui on 3 May 2024". */
export function photoAltText(asset: AltSource): string {
  const kind = asset.mime_type.startsWith('video/') ? 'Video' : 'Photo';
  const place = placeOf(asset.exif);
  const names = (asset.people ?? [])
    .filter((person) => !person.is_hidden)
    .map((person) => person.name?.trim())
    .filter((name): name is string => Boolean(name));
  const date = formatWallDate(asset.local_datetime);
  let text = `${kind} taken`;
  if (place) text += ` in ${place}`;
  if (names.length) text += ` with ${joinNames(names)}`;
  if (date) text += ` on ${date}`;
  return text;
}

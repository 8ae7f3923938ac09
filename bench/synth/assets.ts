/**
 * One synthetic asset in full: the row the indexer would have written for a real photo with this
 * camera, time, place and faces (same columns, same id derivations, same exif_json keys), and
 * its face regions.
 */
import { createHash } from 'node:crypto';
import type { Exif } from '../../contract/entities.ts';
import type { AssetRow } from '../../server/db/rows.ts';
import { stableId } from '../../server/ids.ts';
import { sortKeyOf } from '../../server/indexer/sort-key.ts';
import { CAMERAS, HOME, homeOffset, type Camera, type Place } from './catalog.ts';
import { deriveSeed, intBetween, mulberry32, normal, pick, type Rng } from './random.ts';
import type { LibraryPlan } from './timeline.ts';

export interface SyntheticFace {
  id: string;
  /** Index into PEOPLE, or -1 for an unnamed face. */
  person: number;
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface SyntheticAsset {
  row: AssetRow;
  faces: SyntheticFace[];
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function formatOffset(minutes: number): string {
  if (minutes === 0) return 'Z';
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** `2019-05-12T14:30:05` (+ `.123000` when the camera writes sub-seconds) + the offset, if written. */
function localDatetimeOf(wallMs: number, camera: Camera, offset: number): string {
  const iso = new Date(wallMs).toISOString();
  const ms = wallMs % 1000;
  const fraction = camera.writesOffset && ms > 0 ? `.${pad(ms * 1000, 6)}` : '';
  return `${iso.slice(0, 19)}${fraction}${camera.writesOffset ? formatOffset(offset) : ''}`;
}

function placeOf(plan: LibraryPlan, i: number): Place {
  return plan.events[plan.event[i]!]?.place ?? HOME;
}

/** A few faces for a photo: more at parties, fewer on the road; people drawn from who was there. */
function facesOf(
  plan: LibraryPlan,
  i: number,
  assetId: string,
  width: number,
  height: number,
  rng: Rng,
  pickPerson: (r: Rng) => number,
): SyntheticFace[] {
  const event = plan.events[plan.event[i]!];
  const none = event?.kind === 'party' ? 0.2 : event?.kind === 'trip' ? 0.5 : event ? 0.3 : 0.45;
  if (rng() < none) return [];
  let count = 1;
  while (count < 8 && rng() < 0.45) count++;
  const year = new Date(plan.wallMs[i]!).getUTCFullYear();
  const seen = new Set<number>();
  const faces: SyntheticFace[] = [];
  const short = Math.min(width, height);
  for (let index = 0; index < count; index++) {
    let person = -1;
    if (rng() < 0.8) {
      for (let tries = 0; tries < 6; tries++) {
        const k =
          event && event.companions.length && rng() < 0.7 ? pick(rng, event.companions) : pickPerson(rng);
        const [from, to] = plan.personYears[k]!;
        if (!seen.has(k) && year >= from && year <= to) {
          person = k;
          break;
        }
      }
    }
    if (person >= 0) seen.add(person);
    const side = Math.round(short * (0.06 + rng() * 0.2));
    faces.push({
      id: stableId('face', `${assetId}:${index}`),
      person,
      x: intBetween(rng, 0, width - side),
      y: intBetween(rng, 0, Math.round(height * 0.6)),
      w: side,
      h: Math.round(side * (1.1 + rng() * 0.2)),
    });
  }
  return faces;
}

function exifOf(
  camera: Camera,
  place: Place,
  local: string,
  portrait: boolean,
  hour: number,
  rng: Rng,
): Exif {
  const gps = rng() < camera.gps;
  const [f0, f1] = camera.focal;
  const night = hour < 7 || hour >= 20;
  const lens = pick(rng, camera.lenses);
  return {
    make: camera.make,
    model: camera.model,
    orientation: portrait && camera.mime === 'image/heic' ? 6 : 1,
    modified_datetime: local,
    original_datetime: local,
    digitized_datetime: local,
    lens_model: lens || null,
    f_number: pick(rng, camera.apertures),
    focal_length: Math.round((f0 + (f1 - f0) * rng()) * 100) / 100,
    iso: pick(rng, night ? [800, 1600, 3200, 6400] : [50, 100, 100, 200, 400]),
    exposure_time: Number(
      (1 / pick(rng, night ? [4, 8, 15, 30, 60] : [125, 250, 500, 1000, 2000, 4000])).toPrecision(6),
    ),
    exposure_bias: pick(rng, [0, 0, 0, 0, -0.33, -0.67, 0.33, 0.67]),
    latitude: gps ? Math.round((place.latitude + normal(rng) * 0.03) * 1e6) / 1e6 : null,
    longitude: gps ? Math.round((place.longitude + normal(rng) * 0.03) * 1e6) / 1e6 : null,
    altitude: gps ? Math.round(20 + rng() * 200) : null,
    city: gps ? place.city : null,
    state: gps ? place.state : null,
    country: gps ? place.country : null,
    description: null,
    fps: null,
    live_photo_cid: null,
    projection_type: null,
    profile_description: null,
    auto_stack_id: null,
    rating: rng() < 0.03 ? intBetween(rng, 1, 5) : null,
  };
}

/**
 * Asset `i` of the plan as the indexer would store it. `fileName` comes from the caller, which
 * walks the library in folder order as the indexer does (camera counters, unique paths).
 */
export function buildAsset(
  plan: LibraryPlan,
  i: number,
  ctx: {
    libraryId: string;
    relPath: (i: number, camera: Camera | null, local: string) => string;
    indexedAt: string;
    pickPerson: (r: Rng) => number;
  },
): SyntheticAsset {
  const rng = mulberry32(deriveSeed(plan.seed, 7, i));
  const wallMs = plan.wallMs[i]! + Math.floor(rng() * 1000);
  const camera = CAMERAS[plan.camera[i]!] ?? null;
  const place = placeOf(plan, i);
  const wall = new Date(wallMs);
  const offset = place === HOME ? homeOffset(wall.getUTCMonth() + 1, wall.getUTCDate()) : place.offset;
  const instant = wallMs - offset * 60_000;
  const mtimeMs = instant + Math.floor(rng() * 3 * 86_400_000);
  const fileModifiedAt = new Date(mtimeMs).toISOString();
  const checksum = createHash('sha256').update(`synthetic:${plan.seed}:${i}`).digest('base64');
  const id = stableId('asset', `${ctx.libraryId}:${checksum}`);
  let row: AssetRow;
  let faces: SyntheticFace[] = [];
  if (!camera) {
    // A screenshot: a PNG without EXIF, so its time is the file's (as the indexer falls back to).
    const relPath = ctx.relPath(i, null, fileModifiedAt);
    row = baseRow(
      id,
      ctx,
      relPath,
      checksum,
      'image/png',
      fileModifiedAt,
      mtimeMs,
      Math.round(2e5 + rng() * 2e6),
    );
    Object.assign(row, { width: 1170, height: 2532, exif_json: null });
  } else {
    const local = localDatetimeOf(wallMs, camera, offset);
    const portrait = rng() < camera.portrait;
    const width = portrait ? camera.height : camera.width;
    const height = portrait ? camera.width : camera.height;
    const relPath = ctx.relPath(i, camera, local);
    const [m0, m1] = camera.megabytes;
    row = baseRow(
      id,
      ctx,
      relPath,
      checksum,
      camera.mime,
      fileModifiedAt,
      mtimeMs,
      Math.round((m0 + (m1 - m0) * rng()) * 1e6),
    );
    row.local_datetime = local;
    row.sort_key = sortKeyOf(local);
    row.width = width;
    row.height = height;
    row.exif_json = JSON.stringify(exifOf(camera, place, local, portrait, wall.getUTCHours(), rng));
    faces = facesOf(plan, i, id, width, height, rng, ctx.pickPerson);
  }
  return { row, faces };
}

function baseRow(
  id: string,
  ctx: { libraryId: string; indexedAt: string },
  relPath: string,
  checksum: string,
  mime: string,
  fileModifiedAt: string,
  mtimeMs: number,
  size: number,
): AssetRow {
  return {
    id,
    library_id: ctx.libraryId,
    rel_path: relPath,
    file_size: size,
    file_mtime_ms: Math.round(mtimeMs),
    checksum,
    mime_type: mime,
    original_file_name: relPath.split('/').pop()!,
    file_created_at: fileModifiedAt,
    file_modified_at: fileModifiedAt,
    local_datetime: fileModifiedAt,
    sort_key: sortKeyOf(fileModifiedAt),
    width: null,
    height: null,
    exif_json: null,
    created_at: ctx.indexedAt,
    updated_at: ctx.indexedAt,
  };
}

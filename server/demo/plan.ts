/**
 * The plan of the demo library: for each photo, which album, when and where, who is in it, which
 * camera and what it recorded. Pure and seeded: the same (count, seed) always gives the same plan,
 * and rendering (generate-demo.ts) only draws what the plan says.
 */
import { ALBUMS, type Album, type Composition, type TripEvent } from './albums.ts';
import {
  type TimeOfDay,
  type Weather,
  addDays,
  dayOf,
  formatOffset,
  formatWallClock,
  offsetMinutes,
  timeOfDay,
  wallClock,
} from './calendar.ts';
import { CAMERAS, type Camera, camerasOn, exposeShot, fileNameFor, lightFor } from './cameras.ts';
import type { ExifFields } from './exif-writer.ts';
import type { PersonId } from './people.ts';
import { PLACES, type Place, type PlaceId, type SceneKind } from './places.ts';
import {
  type Rng,
  apportion,
  between,
  chance,
  chooseWeighted,
  deriveSeed,
  intBetween,
  mulberry32,
  pickWeighted,
  sampleWeighted,
} from './random.ts';
import { shotMetadata } from './shot-metadata.ts';
import type { XmpFields } from './xmp-writer.ts';

export type { TimeOfDay, Weather } from './calendar.ts';

export interface DemoShot {
  /** Path under the library root, `/`-separated. */
  relPath: string;
  album: string | null;
  scene: SceneKind;
  variant: string;
  time: TimeOfDay;
  weather: Weather;
  composition: Composition;
  /** Named people, in the order they stand from left to right. */
  people: PersonId[];
  /** Unnamed passers-by. */
  strangers: number;
  /** Displayed (upright) pixel size. */
  width: number;
  height: number;
  /** How the stored pixels must be turned to be upright (1, 6 or 8); 1 when there is no EXIF. */
  orientation: 1 | 6 | 8;
  /** Seed for the drawing; burst shots share it so they show the same scene. */
  sceneSeed: number;
  /** Seed for where people stand and how they smile: differs within a burst. */
  poseSeed: number;
  /** The instant of capture, used for the file's mtime. */
  utcMs: number;
  /** Wall-clock time and offset, `2023-10-29T01:30:00` / `+00:00`. */
  localTime: string;
  offset: string;
  /** null: no EXIF and no XMP at all (a photo saved from a messenger). */
  exif: ExifFields | null;
  /** Everything but the face regions, which only the drawing knows. */
  xmp: Omit<XmpFields, 'regions'> | null;
}

export interface PlanOptions {
  count: number;
  seed: number;
}

const LONG_SIDE = 1600;
const STREET_SCENES: ReadonlySet<SceneKind> = new Set(['skyline', 'hills-town', 'bridge', 'shrine', 'park']);

/** Loose photos: scattered single days in Berlin over the five years. */
function looseEvents(rng: Rng, n: number): TripEvent[] {
  const days = Array.from({ length: n }, () => addDays('2021-01-01', intBetween(rng, 0, 5 * 365 - 10)));
  return days.sort().map((start) => ({ start, places: ['berlin'], hours: [8, 22.5] }));
}

interface Moment {
  album: Album;
  event: TripEvent;
  placeId: PlaceId;
  wallMs: number;
  /** Whether this shot continues the previous one in a burst. */
  burst: boolean;
}

/** When each photo of an album was taken: events → days → hours, with a few bursts. */
function momentsOf(album: Album, events: readonly TripEvent[], n: number, rng: Rng): Moment[] {
  const out: Moment[] = [];
  const perEvent = apportion(
    n,
    events.map((e) => e.places.length),
  );
  events.forEach((event, ei) => {
    const perDay = apportion(
      perEvent[ei] ?? 0,
      event.places.map(() => between(rng, 0.7, 1.3)),
    );
    event.places.forEach((placeId, di) => {
      const [from, to] = event.hours;
      const hours = Array.from({ length: perDay[di] ?? 0 }, () => between(rng, from, to)).sort(
        (a, b) => a - b,
      );
      hours.forEach((h, i) => {
        const prev = out[out.length - 1];
        // A burst: the next shot a few seconds after the last, same scene, people shifted a little.
        const burst = i > 0 && prev !== undefined && chance(rng, 0.18);
        // Whole seconds, like EXIF's DateTimeOriginal; the sub-seconds live in SubSecTimeOriginal.
        const wallMs = burst
          ? prev.wallMs + intBetween(rng, 1, 6) * 1000
          : wallClock(addDays(event.start, di), Math.round(h * 3600) / 3600);
        out.push({ album, event, placeId, wallMs, burst });
      });
    });
  });
  return out;
}

function pickPeople(album: Album, composition: Composition, event: TripEvent, rng: Rng): PersonId[] {
  if (composition === 'scenery') return [];
  const size = composition === 'portrait' ? 1 : chooseWeighted(rng, [2, 3, 4], [4, 3, 2]);
  if (!event.focus) return sampleWeighted(rng, album.cast, size);
  const others = sampleWeighted(
    rng,
    album.cast.filter(([id]) => id !== event.focus),
    size - 1,
  );
  others.splice(Math.floor(others.length / 2), 0, event.focus); // the birthday person in the middle
  return others;
}

type PlannedShot = DemoShot & { camera: Camera };

function pickWeather(scene: SceneKind, place: Place, r: Rng): Weather {
  if (scene === 'aurora') return 'clear'; // nobody photographs the aurora under clouds
  if (chance(r, place.overcast)) return 'overcast';
  return chance(r, 0.35) ? 'cloudy' : 'clear';
}

/** Phones held upright store sideways pixels and Orientation 6; cameras turn either way. */
function pickOrientation(camera: Camera, r: Rng): 1 | 6 | 8 {
  if (camera.kind === 'phone') return chance(r, 0.7) ? 6 : 1;
  return chooseWeighted(r, [6, 8, 1] as const, [4, 4, 1]);
}

/** One shot at one moment; a burst follower repeats its leader's scene, people and camera. */
function planShot(m: Moment, leader: PlannedShot | undefined, r: Rng, seed: number, i: number): PlannedShot {
  const place: Place = PLACES[m.placeId];
  const offsetMin = offsetMinutes(place.zone, m.wallMs);
  const time = timeOfDay(place, m.wallMs, offsetMin);
  const choices = time === 'night' && place.night.length > 0 ? place.night : place.day;
  const [scene, variant] = leader
    ? [leader.scene, leader.variant]
    : pickWeighted(
        r,
        choices.map(([k, v, w]) => [[k, v] as const, w] as const),
      );
  const weather = leader?.weather ?? pickWeather(scene, place, r);
  const composition =
    scene === 'flowers' ? 'scenery' : (leader?.composition ?? pickWeighted(r, m.album.compositions));
  const people = leader?.people ?? pickPeople(m.album, composition, m.event, r);
  const street = STREET_SCENES.has(scene) && time !== 'night';
  const strangers = leader?.strangers ?? (street ? chooseWeighted(r, [0, 1, 2, 3], [3, 3, 2, 1]) : 0);

  const available = camerasOn(dayOf(m.wallMs), m.album.cameras);
  const weights = available.map((_, k) => (k === 0 ? 3 : 2)); // the first camera listed is the main one
  const camera =
    leader?.camera ?? CAMERAS[available.length > 0 ? chooseWeighted(r, available, weights) : 'iphone12'];
  const portrait = leader
    ? leader.height > leader.width
    : chance(r, composition === 'portrait' ? 0.6 : scene === 'waterfall' ? 0.5 : 0.12);
  const short = Math.round(LONG_SIDE / camera.aspect);
  const [width, height] = portrait ? [short, LONG_SIDE] : [LONG_SIDE, short];
  const orientation = portrait ? pickOrientation(camera, r) : 1;
  const intent = scene === 'flowers' ? 'closeup' : composition === 'scenery' ? 'landscape' : 'people';
  const exposure = exposeShot(camera, lightFor(scene, time, weather), intent, r);
  const [storedWidth, storedHeight] = orientation === 1 ? [width, height] : [height, width];
  const { exif, xmp } = shotMetadata(
    {
      album: m.album,
      place,
      camera,
      exposure,
      wallMs: m.wallMs,
      offsetMin,
      orientation,
      storedWidth,
      storedHeight,
    },
    r,
  );
  return {
    relPath: '',
    album: m.album.folder,
    scene,
    variant,
    time,
    weather,
    composition,
    people,
    strangers,
    width,
    height,
    orientation,
    sceneSeed: leader?.sceneSeed ?? deriveSeed(seed, 3, i),
    poseSeed: deriveSeed(seed, 4, i),
    utcMs: m.wallMs - offsetMin * 60_000,
    localTime: formatWallClock(m.wallMs),
    offset: formatOffset(offsetMin),
    exif,
    xmp,
    camera,
  };
}

/** Plan every photo of the demo library, sorted by capture time. */
export function planDemoShots({ count, seed }: PlanOptions): DemoShot[] {
  const rng = mulberry32(deriveSeed(seed, 1));
  const counts = apportion(
    count,
    ALBUMS.map((a) => a.share),
  );
  // Always keep at least one loose photo: the messenger photos without EXIF live there.
  const rootIndex = ALBUMS.findIndex((a) => a.folder === null);
  if (count >= 2 && counts[rootIndex] === 0) {
    const biggest = counts.indexOf(Math.max(...counts));
    counts[biggest] = (counts[biggest] ?? 0) - 1;
    counts[rootIndex] = 1;
  }
  const moments = ALBUMS.flatMap((album, i) => {
    const n = counts[i] ?? 0;
    return momentsOf(album, album.folder === null ? looseEvents(rng, n) : album.events, n, rng);
  });
  const shots: PlannedShot[] = [];
  moments.forEach((m, i) => {
    const leader = m.burst ? shots[shots.length - 1] : undefined;
    shots.push(planShot(m, leader, mulberry32(deriveSeed(seed, 2, i)), seed, i));
  });
  return finish(shots, seed);
}

/** A photo someone sent over a messenger: the app stripped all metadata and renamed it. */
function stripMetadata(shot: PlannedShot): void {
  shot.exif = null;
  shot.xmp = null;
  shot.orientation = 1;
}

/** Turn a shot into an upright portrait stored sideways with Orientation 6. */
function storeSideways(shot: PlannedShot): void {
  if (shot.width > shot.height) [shot.width, shot.height] = [shot.height, shot.width];
  shot.orientation = 6;
  if (shot.exif) {
    shot.exif.orientation = 6;
    shot.exif.pixelXDimension = shot.height;
    shot.exif.pixelYDimension = shot.width;
  }
}

/**
 * Chronological order, file names from per-camera counters, and the special cases even a small
 * library must contain: a few photos without any metadata, one stored sideways (Orientation 6).
 */
function finish(shots: PlannedShot[], seed: number): DemoShot[] {
  const rng = mulberry32(deriveSeed(seed, 5));
  shots.sort((a, b) => a.utcMs - b.utcMs);

  const loose = shots.filter((s) => s.album === null);
  const bare = Math.min(loose.length, Math.max(1, Math.round(shots.length / 64)));
  sampleWeighted(
    rng,
    loose.map((s) => [s, 1] as const),
    bare,
  ).forEach(stripMetadata);
  if (!shots.some((s) => s.orientation === 6)) {
    const withExif = shots.filter((s) => s.exif);
    const candidate =
      withExif.find((s) => s.height > s.width) ??
      withExif.find((s) => s.composition !== 'scenery') ??
      withExif[0];
    if (candidate) storeSideways(candidate);
  }

  const counters = new Map<string, number>();
  const taken = new Set<string>();
  let bareNo = 0;
  return shots.map(({ camera, ...shot }) => {
    const start = 100 + (deriveSeed(seed, 6, Object.keys(CAMERAS).indexOf(camera.id)) % 7000);
    const counter = (counters.get(camera.id) ?? start) + (chance(rng, 0.25) ? intBetween(rng, 2, 5) : 1); // gaps: deleted in camera
    counters.set(camera.id, counter);
    let name = shot.exif
      ? fileNameFor(camera, counter, shot.localTime, shot.exif.subSecTimeOriginal ?? '000')
      : `IMG-${shot.localTime.slice(0, 10).replace(/-/g, '')}-WA${String(++bareNo).padStart(4, '0')}.jpg`;
    const dir = shot.album === null ? '' : `${shot.album}/`;
    for (let k = 1; taken.has((dir + name).toLowerCase()); k++)
      name = name.replace(/(\(\d+\))?(\.\w+)$/, `(${k})$2`);
    taken.add((dir + name).toLowerCase());
    return { ...shot, relPath: dir + name };
  });
}

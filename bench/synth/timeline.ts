/**
 * When the synthetic photos were taken, and what they belong to: twenty years of daily
 * photography that grows with the phones, busier on weekends, with bursts on trips, holidays and
 * parties. Each event with an album becomes a folder; everyday photos go to a few big "camera
 * roll" folders or stay loose at the library root (no album), as a real folder of photos does.
 */
import { CAMERAS, DESTINATIONS, HOME, PEOPLE, type Place } from './catalog.ts';
import { intBetween, logNormal, mulberry32, pick, weightedSampler, type Rng } from './random.ts';

export const FIRST_DAY_MS = Date.UTC(2005, 6, 1);
export const DAYS = 7305; // 2005-07-01 … 2025-06-30
const DAY_MS = 86_400_000;
/** Share of photos taken during events rather than day to day. */
const EVENT_SHARE = 0.45;

export type EventKind = 'trip' | 'holiday' | 'party';

export interface LibraryEvent {
  kind: EventKind;
  firstDay: number;
  days: number;
  place: Place;
  /** Index into the plan's albums, or -1 when the event's photos stayed in the camera roll. */
  album: number;
  /** People who were there (indices into PEOPLE). */
  companions: number[];
}

export interface LibraryPlan {
  seed: number;
  count: number;
  events: LibraryEvent[];
  albums: string[];
  /** Per asset: wall-clock time as if UTC (ms), event (-1 none), album (-1 none), camera (-1 screenshot). */
  wallMs: Float64Array;
  event: Int16Array;
  album: Int16Array;
  camera: Int8Array;
  /** Zipf weights of PEOPLE and the years each was around. */
  personWeights: Float64Array;
  personYears: [number, number][];
}

const yearOf = (day: number) => new Date(FIRST_DAY_MS + day * DAY_MS).getUTCFullYear();
const dateOf = (day: number) => new Date(FIRST_DAY_MS + day * DAY_MS);

function planPeople(rng: Rng): { weights: Float64Array; years: [number, number][] } {
  const weights = Float64Array.from(PEOPLE, (_, k) => 1 / (k + 1) ** 1.15);
  const years = PEOPLE.map((_, k): [number, number] => {
    if (k < 3 || k === 4 || k === 5) return [2005, 2025]; // the family
    if (k === 3) return [2012, 2025]; // a child, born 2012
    const from = 2005 + Math.floor(rng() * 15);
    return [from, Math.min(2025, from + 3 + Math.floor(rng() * 15))];
  });
  return { weights, years };
}

function planEvents(rng: Rng, people: { weights: Float64Array; years: [number, number][] }): LibraryEvent[] {
  const events: Omit<LibraryEvent, 'album' | 'companions'>[] = [];
  for (let year = 2005; year <= 2024; year++) {
    const christmas = Math.round((Date.UTC(year, 11, 22) - FIRST_DAY_MS) / DAY_MS);
    events.push({ kind: 'holiday', firstDay: christmas, days: 10, place: HOME });
    const summer = Math.round((Date.UTC(year + 1, 6, 1 + intBetween(rng, 0, 40)) - FIRST_DAY_MS) / DAY_MS);
    events.push({
      kind: 'trip',
      firstDay: summer,
      days: intBetween(rng, 7, 21),
      place: pick(rng, DESTINATIONS),
    });
  }
  for (let i = 0; i < 70; i++) {
    events.push({
      kind: 'trip',
      firstDay: intBetween(rng, 0, DAYS - 15),
      days: intBetween(rng, 2, 12),
      place: pick(rng, DESTINATIONS),
    });
  }
  for (let i = 0; i < 85; i++)
    events.push({ kind: 'party', firstDay: intBetween(rng, 0, DAYS - 2), days: 1, place: HOME });
  const pickPerson = weightedSampler(people.weights);
  return events
    .filter((e) => e.firstDay >= 0 && e.firstDay + e.days <= DAYS)
    .map((e) => {
      const year = yearOf(e.firstDay);
      const companions = new Set<number>();
      const wanted = intBetween(rng, 2, 7);
      for (let tries = 0; companions.size < wanted && tries < 50; tries++) {
        const k = pickPerson(rng);
        const [from, to] = people.years[k]!;
        if (year >= from && year <= to) companions.add(k);
      }
      return { ...e, album: -1, companions: [...companions] };
    });
}

function eventAlbumName(event: LibraryEvent): string {
  const d = dateOf(event.firstDay);
  const month = `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
  if (event.kind === 'holiday') return `Christmas ${d.getUTCFullYear()}`;
  if (event.kind === 'party')
    return `${month}-${String(d.getUTCDate()).padStart(2, '0')} ${PEOPLE[event.companions[0] ?? 0]!.split(' ')[0]}'s party`;
  return `${month} ${event.place.city}${event.days > 10 ? ' holidays' : ''}`;
}

/** How much photography happens on each day, before events: grows ~6× over twenty years. */
function dailyWeights(rng: Rng): Float64Array {
  const weights = new Float64Array(DAYS);
  for (let day = 0; day < DAYS; day++) {
    if (rng() < 0.3) continue; // a day without photos
    const weekday = dateOf(day).getUTCDay();
    const growth = 1 + 5 * (day / DAYS) ** 1.5;
    weights[day] = growth * (weekday === 0 || weekday === 6 ? 1.7 : 1) * logNormal(rng, 0, 0.7);
  }
  return weights;
}

/** The whole library's plan: which day, event, album and camera each of `count` photos has. */
export function planLibrary(seed: number, count: number): LibraryPlan {
  const rng = mulberry32(seed);
  const people = planPeople(rng);
  const events = planEvents(rng, people);
  const base = dailyWeights(rng);
  // Event weight per photo-day: heavy-tailed, so albums range from a handful of photos to thousands.
  const eventWeights = events.map((e) => e.days * logNormal(rng, 0, 1.1) * (e.kind === 'party' ? 2.5 : 1));
  const baseTotal = base.reduce((a, b) => a + b, 0);
  const eventTotal = eventWeights.reduce((a, b) => a + b, 0);
  const scale = ((EVENT_SHARE / (1 - EVENT_SHARE)) * baseTotal) / eventTotal;
  const pickBaseDay = weightedSampler(base);
  const pickEvent = weightedSampler(eventWeights.map((w) => w * scale));

  const albums: string[] = [];
  const taken = new Set<string>();
  const unique = (name: string) => {
    let candidate = name;
    for (let n = 2; taken.has(candidate); n++) candidate = `${name} (${n})`;
    taken.add(candidate);
    return candidate;
  };
  for (const event of events) {
    if (rng() < 0.9) event.album = albums.push(unique(eventAlbumName(event))) - 1;
  }
  const rollYears = new Map<number, number>();
  for (let year = 2006; year <= 2025; year++) {
    if (rng() < 0.75) rollYears.set(year, albums.push(`Camera Roll ${year}`) - 1);
  }
  const screenshots = albums.push('Screenshots') - 1;

  const wallMs = new Float64Array(count);
  const event = new Int16Array(count);
  const album = new Int16Array(count);
  const camera = new Int8Array(count);
  const cameraSamplers = new Map<number, { pickCamera: (r: Rng) => number; ids: number[] }>();
  for (let year = 2005; year <= 2025; year++) {
    const ids = CAMERAS.flatMap((c, id) => (year >= c.from && year <= c.to ? [id] : []));
    cameraSamplers.set(year, { ids, pickCamera: weightedSampler(ids.map((id) => CAMERAS[id]!.weight)) });
  }
  for (let i = 0; i < count; i++) {
    const fromEvent = rng() < EVENT_SHARE;
    const e = fromEvent ? pickEvent(rng) : -1;
    const ev = events[e];
    const day = ev ? ev.firstDay + Math.floor(rng() * ev.days) : pickBaseDay(rng);
    // Day to day: around lunch and the evening; at events: all day long.
    const hour = ev
      ? 8 + rng() * 15
      : rng() < 0.6
        ? 13 + 3 * Math.max(-4, Math.min(3.6, (rng() + rng() + rng() - 1.5) * 2))
        : 19 + 2 * Math.max(-3, Math.min(2.4, (rng() + rng() + rng() - 1.5) * 2));
    wallMs[i] = FIRST_DAY_MS + day * DAY_MS + Math.floor(hour * 3_600_000);
    event[i] = e;
    const year = yearOf(day);
    const isScreenshot = !ev && year >= 2011 && rng() < 0.03;
    const sampler = cameraSamplers.get(year)!;
    camera[i] = isScreenshot ? -1 : sampler.ids[sampler.pickCamera(rng)]!;
    if (isScreenshot) album[i] = screenshots;
    else if (ev) album[i] = ev.album;
    else album[i] = rollYears.has(year) && rng() < 0.7 ? rollYears.get(year)! : -1;
  }
  return {
    seed,
    count,
    events,
    albums,
    wallMs,
    event,
    album,
    camera,
    personWeights: people.weights,
    personYears: people.years,
  };
}

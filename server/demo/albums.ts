/**
 * What the demo library is about: its albums, who is in them, which cameras took them and on
 * which days. Pure data; plan.ts turns it into individual shots.
 */
import type { CameraId } from './cameras.ts';
import type { PersonId } from './people.ts';
import type { PlaceId } from './places.ts';

export type Composition = 'scenery' | 'portrait' | 'group';

export interface TripEvent {
  /** First day, `YYYY-MM-DD`. */
  start: string;
  /** One place per day. */
  places: readonly PlaceId[];
  /** Local hours photos are taken between. */
  hours: readonly [number, number];
  /** The person whose day it is (always in the picture). */
  focus?: PersonId;
}

export interface Album {
  /** Folder name; null for loose photos at the library's root. */
  folder: string | null;
  /** Relative number of photos. */
  share: number;
  /** Whether photos carry GPS and place names: home photos don't. */
  located: boolean;
  cameras: readonly CameraId[];
  /** Who appears, and how often relative to each other: this makes the long tail of people. */
  cast: readonly (readonly [PersonId, number])[];
  compositions: readonly (readonly [Composition, number])[];
  events: readonly TripEvent[];
  captions: readonly string[];
}

const PHONES: readonly CameraId[] = ['iphone15pro', 'iphone12', 'galaxyS23', 'pixel8'];
const on =
  (place: PlaceId, hours: readonly [number, number]) =>
  (start: string): TripEvent => ({ start, places: [place], hours });
const birthday = (start: string, focus: PersonId): TripEvent => ({
  start,
  places: ['party'],
  hours: [15, 22],
  focus,
});

// prettier-ignore
export const ALBUMS: readonly Album[] = [
  {
    folder: '2023 Lisbon trip', share: 46, located: true, cameras: ['xt5', 'iphone15pro'],
    cast: [['ana', 3], ['rui', 3], ['priya', 1]], compositions: [['scenery', 5], ['portrait', 3], ['group', 3]],
    // Crosses the last Sunday of October: the offsets change from +01:00 to +00:00 mid-trip.
    events: [{ start: '2023-10-25', places: ['alfama', 'alfama', 'belem', 'sintra', 'cascais', 'alfama'], hours: [9, 22.5] }],
    captions: ['Tram 28 rattling up to the Miradouro', 'Pastéis de nata for breakfast, again', 'Pena Palace in the fog'],
  },
  {
    folder: 'Iceland 2022', share: 42, located: true, cameras: ['z6ii', 'iphone12'],
    cast: [['tom', 3], ['jonas', 2], ['ana', 1]], compositions: [['scenery', 7], ['portrait', 2], ['group', 2]],
    events: [{ start: '2022-09-10', places: ['reykjavik', 'thingvellir', 'skogafoss', 'vik', 'jokulsarlon', 'reykjavik'], hours: [8, 23.8] }],
    captions: ['Northern lights at last!', 'Skógafoss, soaked but happy', 'Black sand at Reynisfjara'],
  },
  {
    folder: 'Tokyo 2024', share: 48, located: true, cameras: ['a7iv', 'pixel8'],
    cast: [['mei', 3], ['sam', 2], ['ana', 1]], compositions: [['scenery', 5], ['portrait', 3], ['group', 3]],
    events: [{ start: '2024-03-30', places: ['asakusa', 'shinjuku', 'asakusa', 'kawaguchiko', 'shinjuku', 'asakusa', 'shinjuku'], hours: [8, 23] }],
    captions: ['Sakura at Senso-ji', 'Fuji finally showed up', 'Shinjuku after dark'],
  },
  {
    folder: 'New York 2025', share: 44, located: true, cameras: ['eosR6', 'iphone15pro', 'galaxyS23'],
    cast: [['sam', 3], ['priya', 2], ['ana', 2], ['rui', 1]], compositions: [['scenery', 5], ['portrait', 3], ['group', 3]],
    // Crosses the first Sunday of November: -04:00, then -05:00.
    events: [{ start: '2025-10-29', places: ['midtown', 'centralPark', 'brooklyn', 'midtown', 'centralPark', 'brooklyn', 'midtown'], hours: [8.5, 23] }],
    captions: ['Walking the Brooklyn Bridge', 'Central Park in full autumn colour'],
  },
  {
    folder: 'Family', share: 36, located: false, cameras: PHONES,
    cast: [['ana', 3], ['rui', 3], ['lena', 2], ['jonas', 1], ['tom', 1]], compositions: [['portrait', 4], ['group', 6]],
    events: ['2021-04-04', '2021-12-24', '2022-06-12', '2022-12-25', '2023-02-19', '2023-08-27', '2023-12-24', '2024-05-12', '2024-12-25', '2025-03-30', '2025-09-14']
      .map(on('home', [10, 21.5])),
    captions: ['Sunday lunch at our place', 'Christmas Eve, everyone made it'],
  },
  {
    folder: 'Garden', share: 26, located: false, cameras: ['iphone12', 'iphone15pro', 'xt5'],
    cast: [['ana', 2], ['lena', 2], ['rui', 1]], compositions: [['scenery', 6], ['portrait', 2], ['group', 1]],
    events: ['2021-05-22', '2021-07-10', '2022-04-23', '2022-06-18', '2023-05-06', '2023-07-29', '2024-04-20', '2024-06-08', '2025-05-17', '2025-08-02']
      .map(on('garden', [8, 20])),
    captions: ['First tulips of the year', 'The roses did well this summer'],
  },
  {
    folder: 'Birthdays', share: 30, located: false, cameras: [...PHONES, 'a7iv'],
    cast: [['ana', 3], ['rui', 3], ['mei', 1], ['tom', 1], ['priya', 1], ['jonas', 1], ['lena', 1], ['sam', 1]],
    compositions: [['portrait', 3], ['group', 7]],
    events: [
      birthday('2021-03-14', 'ana'), birthday('2022-01-21', 'lena'), birthday('2022-07-02', 'rui'),
      birthday('2023-05-17', 'tom'), birthday('2023-08-05', 'jonas'), birthday('2024-09-30', 'priya'),
      birthday('2024-11-09', 'mei'), birthday('2024-12-12', 'sam'), birthday('2025-03-14', 'ana'),
    ],
    captions: ['Blowing out the candles', 'Thirty-something, who is counting'],
  },
  {
    folder: 'Hiking', share: 26, located: true, cameras: ['z6ii', 'iphone12', 'iphone15pro', 'pixel8'],
    cast: [['tom', 3], ['jonas', 2], ['rui', 2], ['ana', 1]], compositions: [['scenery', 6], ['portrait', 2], ['group', 3]],
    events: [
      { start: '2021-08-14', places: ['bastei', 'bastei'], hours: [8, 19] },
      { start: '2022-07-09', places: ['brocken'], hours: [8, 18] },
      { start: '2023-09-09', places: ['garmisch', 'garmisch'], hours: [7, 19] },
      { start: '2024-07-20', places: ['seceda', 'seceda', 'seceda'], hours: [7, 19.5] },
      { start: '2025-06-21', places: ['bastei'], hours: [8, 20] },
    ],
    captions: ['Summit!', 'Seceda ridge, worth every step'],
  },
  {
    // Loose photos at the root: everyday Berlin on scattered days (plan.ts picks the days).
    folder: null, share: 22, located: true, cameras: PHONES,
    cast: [['ana', 2], ['sam', 1], ['rui', 1]], compositions: [['scenery', 5], ['portrait', 2], ['group', 1]],
    events: [],
    captions: ['Fernsehturm from Alexanderplatz'],
  },
];

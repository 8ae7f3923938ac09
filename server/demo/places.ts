/**
 * Where the demo photos were taken: coordinates, zone, weather and what there is to photograph.
 * Pure data; plan.ts scatters shots around these points.
 */
import type { Zone } from './calendar.ts';

export type SceneKind =
  | 'hills-town'
  | 'bridge'
  | 'coast'
  | 'castle'
  | 'mountains'
  | 'waterfall'
  | 'glacier'
  | 'aurora'
  | 'skyline'
  | 'shrine'
  | 'fuji'
  | 'park'
  | 'room'
  | 'party'
  | 'garden'
  | 'flowers'
  | 'forest';

/** A scene and its flavour (`red` bridge in Lisbon, `stone` in New York…). */
export type SceneChoice = readonly [kind: SceneKind, variant: string, weight: number];

export interface Place {
  city: string;
  state: string;
  country: string;
  latitude: number;
  longitude: number;
  altitude: number;
  zone: Zone;
  /** Photos scatter this far around the point, in km. */
  spreadKm: number;
  /** Share of grey days: Iceland's are many. */
  overcast: number;
  day: readonly SceneChoice[];
  /** Scenes for after dark; none means nobody takes photos outside at night here. */
  night: readonly SceneChoice[];
}

const berlin = {
  city: 'Berlin',
  state: 'Berlin',
  country: 'Germany',
  latitude: 52.5208,
  longitude: 13.4094,
  altitude: 38,
  zone: 'Europe/Berlin',
} as const;

// A table: one place per row reads better than prettier's one field per line.
// prettier-ignore
export const PLACES = {
  alfama: { city: 'Lisbon', state: 'Lisboa', country: 'Portugal', latitude: 38.7118, longitude: -9.1303, altitude: 70, zone: 'Europe/Lisbon', spreadKm: 1.2, overcast: 0.05, day: [['hills-town', 'lisbon', 5], ['bridge', 'red', 2]], night: [['hills-town', 'lisbon', 3], ['bridge', 'red', 1]] },
  belem: { city: 'Lisbon', state: 'Lisboa', country: 'Portugal', latitude: 38.6916, longitude: -9.216, altitude: 6, zone: 'Europe/Lisbon', spreadKm: 0.8, overcast: 0.05, day: [['bridge', 'red', 4], ['coast', 'sand', 1]], night: [['bridge', 'red', 1]] },
  sintra: { city: 'Sintra', state: 'Lisboa', country: 'Portugal', latitude: 38.7876, longitude: -9.3905, altitude: 450, zone: 'Europe/Lisbon', spreadKm: 1, overcast: 0.2, day: [['castle', 'pena', 4], ['forest', 'green', 1]], night: [] },
  cascais: { city: 'Cascais', state: 'Lisboa', country: 'Portugal', latitude: 38.6979, longitude: -9.4215, altitude: 8, zone: 'Europe/Lisbon', spreadKm: 2, overcast: 0.05, day: [['coast', 'sand', 1]], night: [['coast', 'sand', 1]] },
  reykjavik: { city: 'Reykjavík', state: 'Capital Region', country: 'Iceland', latitude: 64.1466, longitude: -21.9426, altitude: 18, zone: 'Atlantic/Reykjavik', spreadKm: 1.5, overcast: 0.5, day: [['hills-town', 'reykjavik', 3], ['coast', 'black', 1]], night: [['aurora', 'town', 1]] },
  thingvellir: { city: 'Þingvellir', state: 'Southern Region', country: 'Iceland', latitude: 64.2559, longitude: -21.1295, altitude: 120, zone: 'Atlantic/Reykjavik', spreadKm: 3, overcast: 0.5, day: [['mountains', 'iceland', 3], ['waterfall', 'small', 1]], night: [['aurora', 'mountains', 1]] },
  skogafoss: { city: 'Skógar', state: 'Southern Region', country: 'Iceland', latitude: 63.5321, longitude: -19.5114, altitude: 60, zone: 'Atlantic/Reykjavik', spreadKm: 1, overcast: 0.5, day: [['waterfall', 'tall', 4], ['mountains', 'iceland', 1]], night: [['aurora', 'mountains', 1]] },
  vik: { city: 'Vík', state: 'Southern Region', country: 'Iceland', latitude: 63.4186, longitude: -19.006, altitude: 12, zone: 'Atlantic/Reykjavik', spreadKm: 3, overcast: 0.55, day: [['coast', 'black', 4], ['mountains', 'iceland', 1]], night: [['aurora', 'sea', 1]] },
  jokulsarlon: { city: 'Jökulsárlón', state: 'Eastern Region', country: 'Iceland', latitude: 64.0784, longitude: -16.2306, altitude: 8, zone: 'Atlantic/Reykjavik', spreadKm: 2, overcast: 0.4, day: [['glacier', 'lagoon', 1]], night: [['aurora', 'sea', 1]] },
  asakusa: { city: 'Tokyo', state: 'Tokyo', country: 'Japan', latitude: 35.7148, longitude: 139.7967, altitude: 8, zone: 'Asia/Tokyo', spreadKm: 1, overcast: 0.15, day: [['shrine', 'blossom', 4], ['park', 'blossom', 2]], night: [['skyline', 'tokyo', 1]] },
  shinjuku: { city: 'Tokyo', state: 'Tokyo', country: 'Japan', latitude: 35.6938, longitude: 139.7034, altitude: 40, zone: 'Asia/Tokyo', spreadKm: 1.5, overcast: 0.15, day: [['skyline', 'tokyo', 3], ['park', 'blossom', 2]], night: [['skyline', 'tokyo', 1]] },
  kawaguchiko: { city: 'Fujikawaguchiko', state: 'Yamanashi', country: 'Japan', latitude: 35.5171, longitude: 138.7519, altitude: 833, zone: 'Asia/Tokyo', spreadKm: 3, overcast: 0.1, day: [['fuji', 'lake', 4], ['shrine', 'blossom', 1]], night: [] },
  midtown: { city: 'New York', state: 'New York', country: 'United States', latitude: 40.758, longitude: -73.9855, altitude: 16, zone: 'America/New_York', spreadKm: 1.2, overcast: 0.15, day: [['skyline', 'ny', 3]], night: [['skyline', 'ny', 1]] },
  centralPark: { city: 'New York', state: 'New York', country: 'United States', latitude: 40.7812, longitude: -73.9665, altitude: 40, zone: 'America/New_York', spreadKm: 1, overcast: 0.15, day: [['park', 'autumn', 4], ['skyline', 'ny', 1]], night: [['skyline', 'ny', 1]] },
  brooklyn: { city: 'New York', state: 'New York', country: 'United States', latitude: 40.7061, longitude: -73.9969, altitude: 12, zone: 'America/New_York', spreadKm: 1, overcast: 0.15, day: [['bridge', 'stone', 3], ['skyline', 'ny', 1]], night: [['bridge', 'stone', 1], ['skyline', 'ny', 1]] },
  bastei: { city: 'Lohmen', state: 'Saxony', country: 'Germany', latitude: 50.962, longitude: 14.073, altitude: 305, zone: 'Europe/Berlin', spreadKm: 3, overcast: 0.2, day: [['forest', 'sandstone', 3], ['mountains', 'hills', 1]], night: [] },
  brocken: { city: 'Schierke', state: 'Saxony-Anhalt', country: 'Germany', latitude: 51.7991, longitude: 10.6156, altitude: 1100, zone: 'Europe/Berlin', spreadKm: 4, overcast: 0.35, day: [['forest', 'pine', 3], ['mountains', 'hills', 2]], night: [] },
  garmisch: { city: 'Garmisch-Partenkirchen', state: 'Bavaria', country: 'Germany', latitude: 47.4611, longitude: 11.0925, altitude: 980, zone: 'Europe/Berlin', spreadKm: 5, overcast: 0.2, day: [['mountains', 'alps', 4], ['forest', 'pine', 1]], night: [] },
  // Italy keeps the same zone rules as Berlin (CET/CEST).
  seceda: { city: 'Santa Cristina Gherdëina', state: 'Trentino-Alto Adige', country: 'Italy', latitude: 46.5929, longitude: 11.7277, altitude: 2300, zone: 'Europe/Berlin', spreadKm: 5, overcast: 0.15, day: [['mountains', 'dolomites', 1]], night: [] },
  home: { ...berlin, spreadKm: 0, overcast: 0.3, day: [['room', 'living', 1]], night: [['room', 'living', 1]] },
  party: { ...berlin, spreadKm: 0, overcast: 0.3, day: [['party', 'balloons', 1]], night: [['party', 'balloons', 1]] },
  garden: { ...berlin, spreadKm: 0, overcast: 0.25, day: [['garden', 'lawn', 3], ['flowers', 'bed', 2]], night: [] },
  berlin: { ...berlin, spreadKm: 4, overcast: 0.3, day: [['skyline', 'berlin', 3], ['park', 'summer', 2]], night: [['skyline', 'berlin', 1]] },
} satisfies Record<string, Place>;

export type PlaceId = keyof typeof PLACES;

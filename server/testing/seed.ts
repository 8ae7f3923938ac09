/**
 * Synthetic libraries written straight into an index database, for tests that need many assets
 * quickly (paging, filters) without real files. They go through the indexer's own writes, so the
 * rows are exactly what indexing real photos produces. Thumbnails of seeded assets don't exist.
 */
import type { Db } from '../db/open-db.ts';
import { stableId } from '../ids.ts';
import { ensureLibrary, refreshDerived, upsertAsset } from '../indexer/index.repo.ts';
import type { FaceRegion } from '../indexer/photo-metadata.ts';

export interface SeedOptions {
  assets: number;
  /** Album folders; asset i goes to album i % albums (none when 0). */
  albums?: number;
  /** Named people; person j appears in every (j + 2)th asset. */
  people?: number;
  /** The library's (fake) root; different roots make different libraries. */
  root?: string;
  name?: string;
  /**
   * Vary what the 2026 filters read (off by default: the rows stay as before). Asset i is a
   * video when i % 7 === 3, has no size when i % 11 === 5, has a position from SEED_PLACES when
   * i % 3 === 0, and its local_datetime carries SEED_OFFSETS[i % 4] (null: no offset).
   */
  variety?: boolean;
}

/** Where varied seeded assets were taken: a city pair each side of the antimeridian, and Lisbon. */
export const SEED_PLACES = [
  { name: 'Lisbon', latitude: 38.7223, longitude: -9.1393 },
  { name: 'Suva', latitude: -18.1416, longitude: 178.4419 },
  { name: 'Apia', latitude: -13.8333, longitude: -171.7667 },
  { name: 'Porto', latitude: 41.1579, longitude: -8.6291 },
] as const;
export const SEED_OFFSETS = ['+02:00', null, '-05:00', '+09:00'] as const;

export interface SeededLibrary {
  libraryId: string;
  /** Asset ids in the API's order: newest first. */
  assetIds: string[];
  albumIds: string[];
  personIds: string[];
  personNames: string[];
}

export const SEED_PEOPLE = [
  'Ana Ferreira',
  'Rui Costa',
  'Mei Tanaka',
  'Tom Becker',
  'Priya Nair',
  'Jonas Weber',
];

export function seedLibrary(db: Db, options: SeedOptions): SeededLibrary {
  const { assets, albums = 3, people = 4, root = '/seed/library', name = 'Seeded library' } = options;
  const variety = options.variety ?? false;
  const library = ensureLibrary(db, root, name);
  const personNames = Array.from({ length: people }, (_, j) => SEED_PEOPLE[j] ?? `Person ${j + 1}`);
  const albumNames = Array.from({ length: albums }, (_, k) => `Album ${String.fromCharCode(65 + k)}`);
  const created: { id: string; sortKey: string }[] = [];

  db.transaction(() => {
    for (let i = 0; i < assets; i++) {
      // One photo every 7 hours back from mid-2024, so days hold a few photos each.
      const taken = new Date(Date.UTC(2024, 5, 1, 12, 0, 0) - i * 7 * 3600_000);
      const wallClock = taken.toISOString().slice(0, 19);
      const offset = variety ? (SEED_OFFSETS[i % SEED_OFFSETS.length] ?? '') : '+02:00';
      const localDatetime = `${wallClock}${offset}`;
      const video = variety && i % 7 === 3;
      const sizeless = variety && i % 11 === 5;
      const place = variety && i % 3 === 0 ? SEED_PLACES[(i / 3) % SEED_PLACES.length] : undefined;
      const album = albums > 0 ? albumNames[i % albums] : undefined;
      const relPath = album
        ? `${album}/IMG_${String(i).padStart(5, '0')}.${video ? 'mp4' : 'jpg'}`
        : `IMG_${String(i).padStart(5, '0')}.${video ? 'mp4' : 'jpg'}`;
      const faces: FaceRegion[] = [];
      personNames.forEach((personName, j) => {
        if (i % (j + 2) === 0) faces.push({ personName, box: { x: 100 + 400 * j, y: 300, w: 300, h: 300 } });
      });
      if (i % 5 === 0) faces.push({ personName: null, box: { x: 3000, y: 200, w: 250, h: 250 } });
      const id = stableId('asset', `${library.id}:seed:${i}`);
      upsertAsset(db, library.id, id, {
        relPath,
        fileSize: 1000 + i,
        mtimeMs: taken.getTime(),
        checksum: Buffer.from(`seed-${root}-${i}`).toString('base64'),
        originalFileName: relPath.split('/').pop()!,
        fileCreatedAt: taken.toISOString(),
        fileModifiedAt: taken.toISOString(),
        localDatetime,
        metadata: {
          mimeType: video ? 'video/mp4' : 'image/jpeg',
          width: sizeless ? null : video ? 1080 : 4000,
          height: sizeless ? null : video ? 1920 : 3000,
          localDatetime,
          zoneSource: null,
          gpsTimeZone: null,
          placeSource: i % 2 === 0 ? 'file' : null,
          faces,
          exif: {
            make: 'Canon',
            model: 'Canon EOS R6',
            lens_model: 'RF24-105mm F4 L IS USM',
            f_number: 4,
            exposure_time: 1 / 250,
            iso: 100 * (1 + (i % 4)),
            focal_length: 50,
            original_datetime: localDatetime,
            city: i % 2 === 0 ? 'Lisbon' : null,
            country: i % 2 === 0 ? 'Portugal' : null,
            ...(place ? { latitude: place.latitude, longitude: place.longitude } : {}),
          },
        },
      });
      created.push({ id, sortKey: wallClock });
    }
    refreshDerived(db);
  })();

  created.sort((a, b) => (a.sortKey === b.sortKey ? (a.id < b.id ? 1 : -1) : a.sortKey < b.sortKey ? 1 : -1));
  return {
    libraryId: library.id,
    assetIds: created.map((c) => c.id),
    albumIds: albumNames.map((folder) => stableId('album', `${library.id}:${folder}`)),
    personIds: personNames.map((n) => stableId('person', n)),
    personNames,
  };
}

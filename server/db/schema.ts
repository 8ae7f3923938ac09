import { aspectRatioSql } from './aspect-ratio.ts';
import { GEO_CELLS_MIGRATION, GEO_CELLS_STACKS_MIGRATION } from './geo-cells.ts';
import { INDEX_GENERATION_MIGRATION } from './index-generation.ts';
import { PLACES_MIGRATION } from './place-counts.ts';
import { PEOPLE_COMBOS_MIGRATION } from './people-combos.ts';
import { stacksMigration } from './migration-stacks.ts';

/**
 * Fills `album_people_assets` from the two link tables: run by migration 2, and by bulk loaders
 * that drop the triggers while they load (the benchmarks' generator).
 */
export const ALBUM_PEOPLE_ASSETS_FILL = `
  INSERT OR IGNORE INTO album_people_assets (album_id, person_id, asset_id, sort_key)
    SELECT aa.album_id, ap.person_id, aa.asset_id, aa.sort_key
    FROM album_assets aa JOIN asset_people ap ON ap.asset_id = aa.asset_id;`;

/**
 * SQL expressions that derive an asset's query columns from what the indexer stores (migration 3
 * makes them generated columns).
 *
 * `utc_key`: the instant in UTC, same fixed-width text as `sort_key`, when `local_datetime` carries
 * an offset (`Z` or `±HH:MM`: SQLite's date functions convert those to UTC); null when the zone is
 * unknown. `latitude`/`longitude`: the Exif position, null without one.
 */
export const utcKeySql = (localDatetime: string) =>
  `CASE WHEN substr(${localDatetime}, -1) = 'Z' OR substr(${localDatetime}, -6, 1) IN ('+', '-')
    THEN strftime('%Y-%m-%dT%H:%M:%f', ${localDatetime}) END`;
export const latitudeSql = (exifJson: string) => `json_extract(${exifJson}, '$.latitude')`;
export const longitudeSql = (exifJson: string) => `json_extract(${exifJson}, '$.longitude')`;

/** Refills `asset_months` from `assets`: run by migration 4 and by bulk loaders that drop triggers. */
export const ASSET_MONTHS_FILL = `
  DELETE FROM asset_months;
  INSERT INTO asset_months (library_id, month, count, ratio_sum)
    SELECT library_id, substr(sort_key, 1, 7), count(*), total(${aspectRatioSql('assets')})
    FROM assets GROUP BY library_id, substr(sort_key, 1, 7);`;

const addToMonth = (row: 'NEW' | 'OLD', sign: 1 | -1) => `
    INSERT INTO asset_months (library_id, month, count, ratio_sum)
      VALUES (${row}.library_id, substr(${row}.sort_key, 1, 7), ${sign}, ${sign} * ${aspectRatioSql(row)})
      ON CONFLICT (library_id, month) DO UPDATE SET count = count + excluded.count,
        ratio_sum = ratio_sum + excluded.ratio_sum;`;

/** Refills `album_months` and `person_months` from the link tables (migration 5, bulk loaders). */
export const LINK_MONTHS_FILL = ['album', 'person']
  .map(
    (kind) => `
  DELETE FROM ${kind}_months;
  INSERT INTO ${kind}_months (${kind}_id, month, count, ratio_sum)
    SELECT l.${kind}_id, substr(l.sort_key, 1, 7), count(*), total(${aspectRatioSql('a')})
    FROM ${kind === 'album' ? 'album_assets' : 'asset_people'} l JOIN assets a ON a.id = l.asset_id
    GROUP BY l.${kind}_id, substr(l.sort_key, 1, 7);`,
  )
  .join('');

/** Triggers keeping `<kind>_months` in step with its link table (the asset's ratio read live). */
const linkMonthTriggers = (kind: 'album' | 'person', links: string) => {
  const ratio = (row: string) =>
    `coalesce((SELECT ${aspectRatioSql('x')} FROM assets x WHERE x.id = ${row}.asset_id), 1)`;
  const add = (row: 'NEW' | 'OLD', sign: 1 | -1) => `
    INSERT INTO ${kind}_months (${kind}_id, month, count, ratio_sum)
      VALUES (${row}.${kind}_id, substr(${row}.sort_key, 1, 7), ${sign}, ${sign} * ${ratio(row)})
      ON CONFLICT (${kind}_id, month) DO UPDATE SET count = count + excluded.count,
        ratio_sum = ratio_sum + excluded.ratio_sum;`;
  return `
  CREATE TABLE ${kind}_months (
    ${kind}_id TEXT NOT NULL,
    month TEXT NOT NULL,
    count INTEGER NOT NULL,
    ratio_sum REAL NOT NULL,
    PRIMARY KEY (${kind}_id, month)
  ) WITHOUT ROWID;
  CREATE TRIGGER ${links}_months_insert AFTER INSERT ON ${links} BEGIN ${add('NEW', 1)}
  END;
  CREATE TRIGGER ${links}_months_delete AFTER DELETE ON ${links} BEGIN ${add('OLD', -1)}
  END;
  CREATE TRIGGER assets_${kind}_months_resize AFTER UPDATE OF width, height ON assets
    WHEN OLD.width IS NOT NEW.width OR OLD.height IS NOT NEW.height BEGIN
    UPDATE ${kind}_months SET ratio_sum = ratio_sum - ${aspectRatioSql('OLD')} + ${aspectRatioSql('NEW')}
      WHERE (${kind}_id, month) IN (SELECT ${kind}_id, substr(sort_key, 1, 7) FROM ${links} WHERE asset_id = NEW.id);
  END;`;
};

/** Refills `album_person_months` from `album_people_assets` (migration 7, bulk loaders). */
export const ALBUM_PERSON_MONTHS_FILL = `
  DELETE FROM album_person_months;
  INSERT INTO album_person_months (album_id, person_id, month, count, ratio_sum)
    SELECT l.album_id, l.person_id, substr(l.sort_key, 1, 7), count(*), total(${aspectRatioSql('a')})
    FROM album_people_assets l JOIN assets a ON a.id = l.asset_id
    GROUP BY l.album_id, l.person_id, substr(l.sort_key, 1, 7);`;

/** Triggers keeping `album_person_months` in step with `album_people_assets` (as linkMonthTriggers). */
const albumPersonMonthTriggers = () => {
  const ratio = (row: string) =>
    `coalesce((SELECT ${aspectRatioSql('x')} FROM assets x WHERE x.id = ${row}.asset_id), 1)`;
  const add = (row: 'NEW' | 'OLD', sign: 1 | -1) => `
    INSERT INTO album_person_months (album_id, person_id, month, count, ratio_sum)
      VALUES (${row}.album_id, ${row}.person_id, substr(${row}.sort_key, 1, 7), ${sign}, ${sign} * ${ratio(row)})
      ON CONFLICT (album_id, person_id, month) DO UPDATE SET count = count + excluded.count,
        ratio_sum = ratio_sum + excluded.ratio_sum;`;
  return `
  CREATE TRIGGER album_people_assets_months_insert AFTER INSERT ON album_people_assets BEGIN ${add('NEW', 1)}
  END;
  CREATE TRIGGER album_people_assets_months_delete AFTER DELETE ON album_people_assets BEGIN ${add('OLD', -1)}
  END;
  CREATE TRIGGER assets_album_person_months_resize AFTER UPDATE OF width, height ON assets
    WHEN OLD.width IS NOT NEW.width OR OLD.height IS NOT NEW.height BEGIN
    UPDATE album_person_months
      SET ratio_sum = ratio_sum - ${aspectRatioSql('OLD')} + ${aspectRatioSql('NEW')}
      WHERE (album_id, person_id, month) IN
        (SELECT album_id, person_id, substr(sort_key, 1, 7) FROM album_people_assets WHERE asset_id = NEW.id);
  END;`;
};

/**
 * Migrations, applied in order under PRAGMA user_version. Never edit a shipped migration; add one.
 *
 * Why the denormalised `sort_key` columns: assets list newest first by the wall-clock
 * `local_datetime` (whatever zone it was taken in), ties by id. `sort_key` is that wall-clock time as
 * fixed-width text (`2024-06-01T14:30:05.000`), so `(sort_key, id)` compares correctly as a row
 * value and keyset pages ride an index. The album and person link tables carry a copy of it so
 * a filtered page is one index range scan too, however deep.
 */
export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE libraries (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    description TEXT,
    root_path TEXT NOT NULL UNIQUE,
    user_id TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );

  CREATE TABLE assets (
    id TEXT PRIMARY KEY,
    library_id TEXT NOT NULL REFERENCES libraries(id) ON DELETE CASCADE,
    rel_path TEXT NOT NULL,
    file_size INTEGER NOT NULL,
    file_mtime_ms INTEGER NOT NULL,
    checksum TEXT NOT NULL,
    mime_type TEXT NOT NULL,
    original_file_name TEXT NOT NULL,
    file_created_at TEXT NOT NULL,
    file_modified_at TEXT NOT NULL,
    local_datetime TEXT NOT NULL,
    sort_key TEXT NOT NULL,
    width INTEGER,
    height INTEGER,
    exif_json TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (library_id, rel_path)
  );
  CREATE INDEX assets_order ON assets (sort_key DESC, id DESC);
  CREATE INDEX assets_library_order ON assets (library_id, sort_key DESC, id DESC);
  CREATE INDEX assets_checksum ON assets (library_id, checksum);

  CREATE TABLE albums (
    id TEXT PRIMARY KEY,
    library_id TEXT NOT NULL REFERENCES libraries(id) ON DELETE CASCADE,
    rel_path TEXT NOT NULL,
    name TEXT NOT NULL,
    description TEXT,
    asset_count INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (library_id, rel_path)
  );
  CREATE INDEX albums_order ON albums (created_at DESC, id DESC);
  CREATE INDEX albums_library_order ON albums (library_id, created_at DESC, id DESC);

  CREATE TABLE album_assets (
    album_id TEXT NOT NULL REFERENCES albums(id) ON DELETE CASCADE,
    asset_id TEXT NOT NULL REFERENCES assets(id) ON DELETE CASCADE,
    sort_key TEXT NOT NULL,
    PRIMARY KEY (album_id, sort_key DESC, asset_id DESC)
  ) WITHOUT ROWID;
  CREATE INDEX album_assets_asset ON album_assets (asset_id);

  CREATE TABLE people (
    id TEXT PRIMARY KEY,
    name TEXT UNIQUE,
    birth_date TEXT,
    is_hidden INTEGER NOT NULL DEFAULT 0,
    is_favorite INTEGER NOT NULL DEFAULT 0,
    thumbnail_face_id TEXT,
    asset_count INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );
  CREATE INDEX people_order ON people (created_at DESC, id DESC);

  CREATE TABLE faces (
    id TEXT PRIMARY KEY,
    asset_id TEXT NOT NULL REFERENCES assets(id) ON DELETE CASCADE,
    person_id TEXT REFERENCES people(id) ON DELETE SET NULL,
    x INTEGER NOT NULL,
    y INTEGER NOT NULL,
    w INTEGER NOT NULL,
    h INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );
  CREATE INDEX faces_order ON faces (created_at DESC, id DESC);
  CREATE INDEX faces_asset ON faces (asset_id);
  CREATE INDEX faces_person ON faces (person_id, created_at DESC, id DESC);

  -- One row per (person, asset) however many faces of that person the asset holds.
  CREATE TABLE asset_people (
    person_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    asset_id TEXT NOT NULL REFERENCES assets(id) ON DELETE CASCADE,
    sort_key TEXT NOT NULL,
    PRIMARY KEY (person_id, sort_key DESC, asset_id DESC)
  ) WITHOUT ROWID;
  CREATE INDEX asset_people_asset ON asset_people (asset_id);
  `,
  // 2: album × person. A page of "this album AND this person" used to walk the whole album and
  // probe each photo for the person: 0.2-0.6 s on a 38k-photo album at 1M assets when the pair is
  // rare (bench/). One row per (album, person, asset) makes it one range scan, and "people in
  // this album" one seek per person. Triggers keep it in step with the two link tables.
  `
  CREATE TABLE album_people_assets (
    album_id TEXT NOT NULL REFERENCES albums(id) ON DELETE CASCADE,
    person_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    asset_id TEXT NOT NULL REFERENCES assets(id) ON DELETE CASCADE,
    sort_key TEXT NOT NULL,
    PRIMARY KEY (album_id, person_id, sort_key DESC, asset_id DESC)
  ) WITHOUT ROWID;
  CREATE INDEX album_people_assets_asset ON album_people_assets (asset_id);
  ${ALBUM_PEOPLE_ASSETS_FILL}
  CREATE TRIGGER album_assets_insert AFTER INSERT ON album_assets BEGIN
    INSERT OR IGNORE INTO album_people_assets (album_id, person_id, asset_id, sort_key)
      SELECT NEW.album_id, ap.person_id, NEW.asset_id, NEW.sort_key FROM asset_people ap WHERE ap.asset_id = NEW.asset_id;
  END;
  CREATE TRIGGER asset_people_insert AFTER INSERT ON asset_people BEGIN
    INSERT OR IGNORE INTO album_people_assets (album_id, person_id, asset_id, sort_key)
      SELECT aa.album_id, NEW.person_id, NEW.asset_id, NEW.sort_key FROM album_assets aa WHERE aa.asset_id = NEW.asset_id;
  END;
  CREATE TRIGGER album_assets_delete AFTER DELETE ON album_assets BEGIN
    DELETE FROM album_people_assets WHERE asset_id = OLD.asset_id AND album_id = OLD.album_id;
  END;
  CREATE TRIGGER asset_people_delete AFTER DELETE ON asset_people BEGIN
    DELETE FROM album_people_assets WHERE asset_id = OLD.asset_id AND person_id = OLD.person_id;
  END;
  `,
  // 3: the 2026 list filters. Capture-time bounds with an offset compare in UTC (`utc_key`); the
  // map filters need the position outside `exif_json`. Virtual generated columns: derived from
  // what the indexer (and any bulk loader) already writes, so old rows need no backfill and no
  // writer can forget them; the position index stores its values.
  `
  ALTER TABLE assets ADD COLUMN utc_key TEXT GENERATED ALWAYS AS (${utcKeySql('local_datetime')}) VIRTUAL;
  ALTER TABLE assets ADD COLUMN latitude REAL GENERATED ALWAYS AS (${latitudeSql('exif_json')}) VIRTUAL;
  ALTER TABLE assets ADD COLUMN longitude REAL GENERATED ALWAYS AS (${longitudeSql('exif_json')}) VIRTUAL;
  CREATE INDEX assets_position ON assets (latitude, longitude, sort_key, id) WHERE latitude IS NOT NULL;
  -- Month counts of the whole timeline (or one library) read this index alone, in month order.
  CREATE INDEX assets_month ON assets (substr(sort_key, 1, 7), sort_key, library_id, width, height);
  `,
  // 4: month counts of a whole library, kept by triggers on assets (OLD and NEW rows make every
  // change exact): the timeline's counts without a filter read ~200 rows instead of every asset
  // (0.15-0.2 s at 1M through the month index). Filtered counts still group the filtered rows.
  `
  CREATE TABLE asset_months (
    library_id TEXT NOT NULL,
    month TEXT NOT NULL,
    count INTEGER NOT NULL,
    ratio_sum REAL NOT NULL,
    PRIMARY KEY (library_id, month)
  ) WITHOUT ROWID;
  ${ASSET_MONTHS_FILL}
  CREATE TRIGGER assets_months_insert AFTER INSERT ON assets BEGIN ${addToMonth('NEW', 1)}
  END;
  CREATE TRIGGER assets_months_delete AFTER DELETE ON assets BEGIN ${addToMonth('OLD', -1)}
  END;
  CREATE TRIGGER assets_months_update AFTER UPDATE OF library_id, sort_key, width, height ON assets BEGIN
    ${addToMonth('OLD', -1)} ${addToMonth('NEW', 1)}
  END;
  `,
  // 5: the same month counts per album and per person, kept by triggers on the link tables. A
  // link's ratio is its asset's, read when the link comes or goes: so a resized asset moves its
  // links' sums at once, and an asset's links go before it does (not after, by the cascade, when
  // its size could no longer be read).
  `
  ${linkMonthTriggers('album', 'album_assets')}
  ${linkMonthTriggers('person', 'asset_people')}
  CREATE TRIGGER assets_links_delete BEFORE DELETE ON assets BEGIN
    DELETE FROM album_assets WHERE asset_id = OLD.id;
    DELETE FROM asset_people WHERE asset_id = OLD.id;
  END;
  ${LINK_MONTHS_FILL}
  `,
  // 6 (issue 10, the 2026 fields): each asset's ThumbHash, computed by the indexer from the grid
  // thumbnail (null until then: rows indexed before this migration get theirs on the next run).
  // A library's asset count and bytes are an aggregate over (library_id, file_size): a covering
  // index range, so GET /api/libraries never reads the asset rows themselves.
  `
  ALTER TABLE assets ADD COLUMN thumbhash TEXT;
  CREATE INDEX assets_library_size ON assets (library_id, file_size);
  `,
  // 7 (issue 10, speed): month counts of one album AND one person, kept by triggers on
  // album_people_assets: grouping the pair's links and reading each asset's size took 47 ms at 1M
  // for the biggest album's most frequent person (bench/api/summaries.ts); ~200 rows now.
  `
  CREATE TABLE album_person_months (
    album_id TEXT NOT NULL,
    person_id TEXT NOT NULL,
    month TEXT NOT NULL,
    count INTEGER NOT NULL,
    ratio_sum REAL NOT NULL,
    PRIMARY KEY (album_id, person_id, month)
  ) WITHOUT ROWID;
  ${albumPersonMonthTriggers()}
  ${ALBUM_PERSON_MONTHS_FILL}
  `,
  // 8 (issue 10, speed): photos of two or three people together (people-combos.ts).
  PEOPLE_COMBOS_MIGRATION,
  // 9 (issue 10 and 14, speed): the map's clusters from a cell pyramid (geo-cells.ts).
  GEO_CELLS_MIGRATION,
  // 10 (issue 12, videos and Live Photos): a video's length and whether a browser plays its
  // original as it is (else an H.264 copy is made); null on photos. A Live Photo's motion clip is
  // no asset (no tile, no count): it lives in `live_motions`, paired with its still by Apple's
  // content identifier, which is why pairing survives moving either file. `live_motion_id` is
  // the pair, recomputed after every indexing run.
  `
  ALTER TABLE assets ADD COLUMN duration REAL;
  ALTER TABLE assets ADD COLUMN video_playable INTEGER;
  ALTER TABLE assets ADD COLUMN live_motion_id TEXT;
  CREATE TABLE live_motions (
    id TEXT PRIMARY KEY,
    library_id TEXT NOT NULL REFERENCES libraries(id) ON DELETE CASCADE,
    rel_path TEXT NOT NULL,
    file_size INTEGER NOT NULL,
    file_mtime_ms INTEGER NOT NULL,
    checksum TEXT NOT NULL,
    content_id TEXT NOT NULL,
    mime_type TEXT NOT NULL,
    duration REAL,
    video_playable INTEGER NOT NULL,
    UNIQUE (library_id, rel_path)
  );
  CREATE INDEX live_motions_content ON live_motions (library_id, content_id);
  CREATE INDEX assets_live_cid ON assets (library_id, json_extract(exif_json, '$.live_photo_cid'))
    WHERE json_extract(exif_json, '$.live_photo_cid') IS NOT NULL;
  `,
  // 11 (issue 12, stacks): RAW+JPEG pairs as one stack, the cover alone in lists and month counts.
  stacksMigration(aspectRatioSql),
  // 12 (issue 12 and 14): the map's cell pyramid counts a stack's cover only (geo-cells.ts).
  GEO_CELLS_STACKS_MIGRATION,
  // 13 (issue 13, asset-sources): where an asset's date (camera, file name, file time), its zone
  // (camera, gps, file_name, machine) and its place (file, gps) came from. Rows indexed before
  // stay NULL, "unknown", until the next run reads their file again.
  `
  ALTER TABLE assets ADD COLUMN date_source TEXT;
  ALTER TABLE assets ADD COLUMN zone_source TEXT;
  ALTER TABLE assets ADD COLUMN place_source TEXT;
  `,
  // 14 (issue 13, sidecars and watched folders): the XMP sidecar each asset was read with, so a
  // new, changed or removed sidecar re-indexes its photo; and the ids of files removed in the last
  // hour by content, so a move that a watched library sees in two runs (or across a crash) keeps
  // its id.
  `
  ALTER TABLE assets ADD COLUMN sidecar_rel_path TEXT;
  ALTER TABLE assets ADD COLUMN sidecar_size INTEGER;
  ALTER TABLE assets ADD COLUMN sidecar_mtime_ms INTEGER;
  CREATE TABLE removed_assets (
    library_id TEXT NOT NULL REFERENCES libraries(id) ON DELETE CASCADE,
    checksum TEXT NOT NULL,
    id TEXT NOT NULL,
    removed_at INTEGER NOT NULL,
    PRIMARY KEY (library_id, checksum, id)
  ) WITHOUT ROWID;
  `,
  // 15 (issue 13, the open gallery follows the folder): a change counter (index-generation.ts).
  INDEX_GENERATION_MIGRATION,
  // 16 (issue 14, places in the sidebar): place columns, their index and counts (place-counts.ts).
  PLACES_MIGRATION,
  // 17 (issue 13, watched folders): each person's largest face found by a seek, not by sorting all
  // their faces after every indexing run (refreshDerived): 425 ms → 1 ms at 100k faces.
  `
  CREATE INDEX faces_person_area ON faces (person_id, w * h DESC, id);
  `,
];

/**
 * Fills `album_people_assets` from the two link tables: run by migration 2, and by bulk loaders
 * that drop the triggers while they load (the benchmarks' generator).
 */
export const ALBUM_PEOPLE_ASSETS_FILL = `
  INSERT OR IGNORE INTO album_people_assets (album_id, person_id, asset_id, sort_key)
    SELECT aa.album_id, ap.person_id, aa.asset_id, aa.sort_key
    FROM album_assets aa JOIN asset_people ap ON ap.asset_id = aa.asset_id;`;

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
  // 3 (issue 10, the 2026 fields): each asset's ThumbHash, computed by the indexer from the grid
  // thumbnail (null until then: rows indexed before this migration get theirs on the next run).
  // A library's asset count and bytes are an aggregate over (library_id, file_size): a covering
  // index range, so GET /api/libraries never reads the asset rows themselves.
  `
  ALTER TABLE assets ADD COLUMN thumbhash TEXT;
  CREATE INDEX assets_library_size ON assets (library_id, file_size);
  `,
];

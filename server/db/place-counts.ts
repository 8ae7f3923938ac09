/**
 * Migration 15 (issue 14, places): the names of where a photo was taken as columns, and how many
 * photos each place holds per library, for the sidebar's countries and cities.
 *
 * `place_country`, `place_state`, `place_city` are virtual generated columns over `exif_json`
 * (as `latitude`/`longitude` are): no writer can forget them and old rows need no backfill; the
 * place index stores them, so a country or a city filter is one index range in capture order.
 * `place_counts` holds one row per (library, country, state, city) that has photos, kept by
 * triggers on `assets` in the asset row's own transaction: the places of a whole library read a
 * few hundred rows instead of grouping every geotagged photo. Like the month counts, a stack's
 * hidden members don't count. A photo without a country is in no place (a city alone can't be
 * told from a namesake abroad); `''` stands for a missing state or city (a key can't be null).
 */

/** A trimmed text field of the Exif JSON, null when absent or blank. */
const nameSql = (field: string) => `nullif(trim(json_extract(exif_json, '$.${field}')), '')`;

/** Refills `place_counts` from the assets (migration 15, bulk loaders that drop triggers). */
export const PLACE_COUNTS_FILL = `
  DELETE FROM place_counts;
  INSERT INTO place_counts (library_id, country, state, city, count)
    SELECT library_id, place_country, coalesce(place_state, ''), coalesce(place_city, ''), count(*)
    FROM assets WHERE place_country IS NOT NULL AND stack_hidden = 0
    GROUP BY library_id, place_country, coalesce(place_state, ''), coalesce(place_city, '');`;

const keyOf = (row: 'NEW' | 'OLD') =>
  `${row}.library_id, ${row}.place_country, coalesce(${row}.place_state, ''), coalesce(${row}.place_city, '')`;

const add = (row: 'NEW' | 'OLD') => `
    INSERT INTO place_counts (library_id, country, state, city, count)
      SELECT ${keyOf(row)}, 1 WHERE ${row}.place_country IS NOT NULL AND ${row}.stack_hidden = 0
      ON CONFLICT (library_id, country, state, city) DO UPDATE SET count = count + 1;`;

// A place that loses its last photo goes, so the table holds only places with photos.
const remove = (row: 'NEW' | 'OLD') => `
    UPDATE place_counts SET count = count - 1
      WHERE (library_id, country, state, city) = (${keyOf(row)})
        AND ${row}.place_country IS NOT NULL AND ${row}.stack_hidden = 0;
    DELETE FROM place_counts WHERE (library_id, country, state, city) = (${keyOf(row)}) AND count <= 0;`;

/**
 * The same counts per album and per person (`album_place_counts`, `person_place_counts`), kept by
 * triggers on the link tables (the asset's place read when a link comes or goes; an asset's links
 * go before it does) and on a place change of a linked asset: an album's or a person's places,
 * and the albums or people of a place, read these instead of walking their photos (1.4 s for the
 * busiest person at 100k on a loaded machine).
 */
const linkPlaceCounts = (kind: 'album' | 'person', links: string) => {
  const table = `${kind}_place_counts`;
  const key = `${kind}_id, country, state, city`;
  const placeOf = (id: string) =>
    `${id}, a.place_country, coalesce(a.place_state, ''), coalesce(a.place_city, '')`;
  // `source`: FROM … WHERE … giving the link's id and its asset's place columns as `a`.
  const add = (id: string, source: string) => `
    INSERT INTO ${table} (${key}, count)
      SELECT ${placeOf(id)}, count(*) ${source} AND a.place_country IS NOT NULL GROUP BY 1, 2, 3, 4
      ON CONFLICT (${key}) DO UPDATE SET count = count + excluded.count;`;
  const remove = (id: string, source: string) => `
    UPDATE ${table} SET count = count - 1
      WHERE (${key}) IN (SELECT ${placeOf(id)} ${source} AND a.place_country IS NOT NULL);
    DELETE FROM ${table} WHERE count <= 0 AND ${kind}_id IN (SELECT ${id} ${source});`;
  const ofAsset = (row: 'NEW' | 'OLD') => `FROM assets a WHERE a.id = ${row}.asset_id`;
  const linksOf = (row: 'NEW' | 'OLD') =>
    `FROM ${links} l, (SELECT ${row}.place_country AS place_country, ${row}.place_state AS place_state,
       ${row}.place_city AS place_city) a WHERE l.asset_id = ${row}.id`;
  return {
    fill: `
  DELETE FROM ${table};
  INSERT INTO ${table} (${key}, count)
    SELECT ${placeOf(`l.${kind}_id`)}, count(*) FROM ${links} l JOIN assets a ON a.id = l.asset_id
    WHERE a.place_country IS NOT NULL GROUP BY 1, 2, 3, 4;`,
    create: `
  CREATE TABLE ${table} (
    ${kind}_id TEXT NOT NULL,
    country TEXT NOT NULL,
    state TEXT NOT NULL,
    city TEXT NOT NULL,
    count INTEGER NOT NULL,
    PRIMARY KEY (${key})
  ) WITHOUT ROWID;
  CREATE INDEX ${table}_place ON ${table} (country, city, ${kind}_id);
  CREATE TRIGGER ${links}_places_insert AFTER INSERT ON ${links} BEGIN ${add(`NEW.${kind}_id`, ofAsset('NEW'))}
  END;
  CREATE TRIGGER ${links}_places_delete AFTER DELETE ON ${links} BEGIN ${remove(`OLD.${kind}_id`, ofAsset('OLD'))}
  END;
  CREATE TRIGGER assets_${kind}_places_update AFTER UPDATE OF exif_json ON assets
    WHEN OLD.place_country IS NOT NEW.place_country OR OLD.place_state IS NOT NEW.place_state
      OR OLD.place_city IS NOT NEW.place_city BEGIN
    ${remove(`l.${kind}_id`, linksOf('OLD'))}
    ${add(`l.${kind}_id`, linksOf('NEW'))}
  END;`,
  };
};
const albumPlaces = linkPlaceCounts('album', 'album_assets');
const personPlaces = linkPlaceCounts('person', 'asset_people');

/** Refills the album and person place counts (migration 15, bulk loaders that drop triggers). */
export const LINK_PLACE_COUNTS_FILL = albumPlaces.fill + personPlaces.fill;

export const PLACES_MIGRATION = `
  ALTER TABLE assets ADD COLUMN place_country TEXT GENERATED ALWAYS AS (${nameSql('country')}) VIRTUAL;
  ALTER TABLE assets ADD COLUMN place_state TEXT GENERATED ALWAYS AS (${nameSql('state')}) VIRTUAL;
  ALTER TABLE assets ADD COLUMN place_city TEXT GENERATED ALWAYS AS (${nameSql('city')}) VIRTUAL;
  CREATE INDEX assets_place_country ON assets (place_country, sort_key, id) WHERE place_country IS NOT NULL;
  CREATE INDEX assets_place_city ON assets (place_country, place_city, sort_key, id) WHERE place_country IS NOT NULL;
  CREATE TABLE place_counts (
    library_id TEXT NOT NULL,
    country TEXT NOT NULL,
    state TEXT NOT NULL,
    city TEXT NOT NULL,
    count INTEGER NOT NULL,
    PRIMARY KEY (library_id, country, state, city)
  ) WITHOUT ROWID;
  ${PLACE_COUNTS_FILL}
  CREATE TRIGGER assets_places_insert AFTER INSERT ON assets BEGIN ${add('NEW')}
  END;
  CREATE TRIGGER assets_places_delete AFTER DELETE ON assets BEGIN ${remove('OLD')}
  END;
  CREATE TRIGGER assets_places_update AFTER UPDATE OF library_id, exif_json, stack_hidden ON assets
    WHEN OLD.library_id IS NOT NEW.library_id OR OLD.stack_hidden IS NOT NEW.stack_hidden
      OR OLD.place_country IS NOT NEW.place_country OR OLD.place_state IS NOT NEW.place_state
      OR OLD.place_city IS NOT NEW.place_city BEGIN
    ${remove('OLD')} ${add('NEW')}
  END;
  ${albumPlaces.create}
  ${personPlaces.create}
  ${LINK_PLACE_COUNTS_FILL}`;

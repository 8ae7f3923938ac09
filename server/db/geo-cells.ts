/**
 * Migration 9's geo pyramid: per library, the geotagged assets' count, coordinate sums and newest
 * `sort_key || id` in square cells of a few fixed sizes, so a map's clusters read one row per
 * cell instead of every asset (0.48 s for the world at 10° cells at 1M, 0.35 s for a 230k-photo
 * city; bench/api/summaries.ts).
 *
 * Every level is counted from one integer grid of 0.001° units (`GEO_UNIT_SQL`), a level-r cell
 * being r × r units: levels nest exactly, whatever floating point does at a cell's edge. Triggers
 * on `assets` keep it in step in the asset row's own transaction; when a cell's newest asset goes,
 * the finest level re-reads its unit from the assets (the unit index), a coarser one from the
 * level below.
 */

/** Units per degree of the grid every level is counted in. */
export const GEO_UNITS_PER_DEGREE = 1000;
/** Cell sizes, in units, finest first (0.001° … 10°): each divides the next and 360°. */
export const GEO_LEVELS = [1, 5, 10, 50, 100, 500, 1000, 5000, 10000] as const;

/** An asset's unit row and column (latitude from -90°, longitude from -180°), as SQL on `row`. */
export const geoUnitSql = (row: string | null) => {
  const of = (column: string) => (row ? `${row}.${column}` : column);
  return {
    lat: `CAST((${of('latitude')} + 90) * ${GEO_UNITS_PER_DEGREE} AS INTEGER)`,
    lon: `CAST((${of('longitude')} + 180) * ${GEO_UNITS_PER_DEGREE} AS INTEGER)`,
  };
};

const unit = geoUnitSql('a');
const bare = geoUnitSql(null);
const KEY = 'level, library_id, lat_cell, lon_cell';

/**
 * Which rows the pyramid counts: geotagged ones and, once stacks exist (migration 11), only a
 * stack's cover, as the list shows (a RAW+JPEG pair with GPS is one photo on the map too).
 * Migration 9 predates the `stack_hidden` column, so its SQL is generated without it.
 */
type Era = 'before-stacks' | 'stacks';
const counted = (row: string, era: Era) =>
  `${row}.latitude IS NOT NULL AND ${row}.longitude IS NOT NULL${era === 'stacks' ? ` AND ${row}.stack_hidden = 0` : ''}`;

const fillSql = (era: Era) => `
  DELETE FROM geo_cells;
  ${GEO_LEVELS.map(
    (r) => `
  INSERT INTO geo_cells (${KEY}, count, lat_sum, lon_sum, newest)
    SELECT ${r}, library_id, ${unit.lat} / ${r}, ${unit.lon} / ${r}, count(*), total(latitude), total(longitude),
      max(sort_key || id)
    FROM assets a${era === 'stacks' ? ' INDEXED BY assets_geo_unit' : ''} WHERE ${counted('a', era)}
    GROUP BY library_id, ${unit.lat} / ${r}, ${unit.lon} / ${r};`,
  ).join('')}`;

/**
 * Refills `geo_cells` from the assets (bulk loaders that drop triggers). It reads the covering
 * unit index, not the rows: 0.35 s instead of 1.6 s at 10k, because `latitude` and `longitude`
 * are generated from each row's JSON.
 */
export const GEO_CELLS_FILL = fillSql('stacks');

const cellOf = (row: 'NEW' | 'OLD', r: number) => {
  const u = geoUnitSql(row);
  return `level = ${r} AND library_id = ${row}.library_id AND lat_cell = ${u.lat} / ${r} AND lon_cell = ${u.lon} / ${r}`;
};

const add = (r: number, era: Era) => {
  const u = geoUnitSql('NEW');
  return `
    INSERT INTO geo_cells (${KEY}, count, lat_sum, lon_sum, newest)
      SELECT ${r}, NEW.library_id, ${u.lat} / ${r}, ${u.lon} / ${r}, 1, NEW.latitude, NEW.longitude, NEW.sort_key || NEW.id
      WHERE ${counted('NEW', era)}
      ON CONFLICT (level, lat_cell, lon_cell, library_id) DO UPDATE SET count = count + 1,
        lat_sum = lat_sum + excluded.lat_sum, lon_sum = lon_sum + excluded.lon_sum,
        newest = max(newest, excluded.newest);`;
};

/** The newest of an OLD asset's cell once it is gone: from the assets (finest) or the level below. */
const newestAfter = (r: number, finer: number | undefined, era: Era) => {
  const u = geoUnitSql('OLD');
  if (finer === undefined) {
    return `(SELECT max(a.sort_key || a.id) FROM assets a INDEXED BY assets_geo_unit
      WHERE ${counted('a', era)} AND ${unit.lat} = ${u.lat} AND ${unit.lon} = ${u.lon} AND a.library_id = OLD.library_id)`;
  }
  const k = r / finer;
  const range = (expr: string) => `BETWEEN ${expr} / ${r} * ${k} AND ${expr} / ${r} * ${k} + ${k - 1}`;
  return `(SELECT max(c.newest) FROM geo_cells c WHERE c.level = ${finer} AND c.lat_cell ${range(u.lat)}
      AND c.lon_cell ${range(u.lon)} AND c.library_id = OLD.library_id)`;
};

const remove = (r: number, finer: number | undefined, era: Era) => `
    UPDATE geo_cells SET count = count - 1, lat_sum = lat_sum - OLD.latitude, lon_sum = lon_sum - OLD.longitude
      WHERE ${cellOf('OLD', r)} AND ${counted('OLD', era)};
    DELETE FROM geo_cells WHERE ${cellOf('OLD', r)} AND count <= 0;
    UPDATE geo_cells SET newest = ${newestAfter(r, finer, era)}
      WHERE ${cellOf('OLD', r)} AND newest = OLD.sort_key || OLD.id;`;

const removeAll = (era: Era) => GEO_LEVELS.map((r, k) => remove(r, GEO_LEVELS[k - 1], era)).join('');
const addAll = (era: Era) => GEO_LEVELS.map((r) => add(r, era)).join('');

/** The unit indexes (see migration 9) over the rows the pyramid counts. */
const unitIndexes = (era: Era) => {
  const where = `latitude IS NOT NULL${era === 'stacks' ? ' AND stack_hidden = 0' : ''}`;
  return `
  CREATE INDEX assets_geo_unit ON assets (${bare.lat}, latitude, longitude, library_id, sort_key, id)
    WHERE ${where};
  CREATE INDEX assets_geo_unit_lon ON assets (${bare.lon}, longitude, latitude, library_id, sort_key, id)
    WHERE ${where};`;
};

const triggers = (era: Era) => `
  CREATE TRIGGER assets_geo_insert AFTER INSERT ON assets BEGIN ${addAll(era)}
  END;
  CREATE TRIGGER assets_geo_delete AFTER DELETE ON assets BEGIN ${removeAll(era)}
  END;
  CREATE TRIGGER assets_geo_update AFTER UPDATE OF library_id, sort_key, exif_json${era === 'stacks' ? ', stack_hidden' : ''} ON assets
    WHEN OLD.latitude IS NOT NEW.latitude OR OLD.longitude IS NOT NEW.longitude
      OR OLD.sort_key IS NOT NEW.sort_key OR OLD.library_id IS NOT NEW.library_id${
        era === 'stacks' ? ' OR OLD.stack_hidden IS NOT NEW.stack_hidden' : ''
      } BEGIN
    ${removeAll(era)} ${addAll(era)}
  END;`;

/**
 * Migration 9. The two unit indexes serve the finest level's newest and a viewport's edge strips
 * (a strip along a parallel reads the row index, one along a meridian the column one).
 */
export const GEO_CELLS_MIGRATION = `
  CREATE TABLE geo_cells (
    level INTEGER NOT NULL,
    library_id TEXT NOT NULL,
    lat_cell INTEGER NOT NULL,
    lon_cell INTEGER NOT NULL,
    count INTEGER NOT NULL,
    lat_sum REAL NOT NULL,
    lon_sum REAL NOT NULL,
    newest TEXT NOT NULL,
    PRIMARY KEY (level, lat_cell, lon_cell, library_id)
  ) WITHOUT ROWID;
  -- Tall, narrow blocks (a box's east and west margins) are read a column at a time.
  CREATE INDEX geo_cells_by_column ON geo_cells (level, lon_cell, lat_cell, library_id, count, lat_sum, lon_sum, newest);
  -- The position itself second: an edge strip seeks its unit and then the box's side of the edge,
  -- reading no asset row (a strip through a city's centre holds thousands of photos).
  ${unitIndexes('before-stacks')}
  ${fillSql('before-stacks')}
  ${triggers('before-stacks')}`;

/**
 * Migration 12 (issue 12): the pyramid counts a stack's cover only, as lists and month counts
 * do; before it a RAW+JPEG pair with GPS was two photos on the map and one in the list.
 */
export const GEO_CELLS_STACKS_MIGRATION = `
  DROP TRIGGER assets_geo_insert;
  DROP TRIGGER assets_geo_delete;
  DROP TRIGGER assets_geo_update;
  DROP INDEX assets_geo_unit;
  DROP INDEX assets_geo_unit_lon;
  ${unitIndexes('stacks')}
  ${fillSql('stacks')}
  ${triggers('stacks')}`;

import { allRows, keysetPage, statement } from '../db/statements.ts';
import type { MediaUrls } from '../db/media-urls.ts';
import type { Db } from '../db/open-db.ts';
import {
  toAsset,
  toFace,
  toPerson,
  type AssetRow,
  type FaceRow,
  type LocalAsset as Asset,
  type LocalFace as Face,
  type LocalPerson as Person,
  type PersonRow,
} from '../db/rows.ts';
import { InvalidParameterError } from '../errors.ts';
import { assetFilterPlan, sharedPeopleArms, sharedPeopleOf } from './asset-filters.repo.ts';
import type { AssetFilter } from './asset-query.ts';

/**
 * The stored columns of `assets`, read from the schema: `a.*` would also compute the generated
 * ones (utc_key and the position, two JSON reads and a date conversion a row) that no response
 * reads. From the schema, not a list here, so a migration's new column is never silently dropped.
 */
const storedColumns = new WeakMap<Db, string>();
function assetColumns(db: Db): string {
  let columns = storedColumns.get(db);
  if (columns === undefined) {
    // hidden: 0 = an ordinary column, 2/3 = generated (virtual/stored).
    const info = db.prepare('PRAGMA table_xinfo(assets)').all() as { name: string; hidden: number }[];
    columns = info
      .filter((column) => column.hidden === 0)
      .map((column) => `a.${column.name}`)
      .join(', ');
    // No columns: the table is missing (a broken or half-migrated file). Let the query fail
    // with SQLite's own error, and don't remember the empty answer.
    if (columns === '') return 'a.*';
    storedColumns.set(db, columns);
  }
  return columns;
}

/** A list request: the filters, the page and its direction (the parsed `AssetListQuery`, or less). */
export interface AssetListInput extends AssetFilter {
  starting_after_id?: string | undefined;
  limit: number;
  order?: 'asc' | 'desc' | undefined;
}

/**
 * A page of assets, newest first (`sort_key DESC, id DESC`) or oldest first with `order: 'asc'`,
 * filters combined with AND (built by assetFilterPlan, shared with the summaries). With an album
 * and/or person filter the scan walks that link table's `(sort_key, asset_id)` key, so a deep
 * page costs the same as the first.
 */
export function listAssets(
  db: Db,
  query: AssetListInput,
  urls: MediaUrls,
): { data: Asset[]; has_more: boolean } {
  const after = query.starting_after_id ? assetCursor(db, query.starting_after_id) : null;
  const people = sharedPeopleOf(query);
  if (people) {
    const rows = sharedPeoplePage(db, people, query, after);
    const hasMore = rows.length > query.limit;
    if (hasMore) rows.length = query.limit;
    return { data: hydrateAssets(db, rows, urls), has_more: hasMore };
  }
  const plan = assetFilterPlan(db, query);
  const page = keysetPage<AssetRow>(db, {
    select: `SELECT ${assetColumns(db)} FROM ${plan.from}`,
    conditions: plan.conditions,
    params: plan.params,
    orderKeys: plan.orderKeys,
    after,
    limit: query.limit,
    order: query.order ?? 'desc',
  });
  return { data: hydrateAssets(db, page.rows, urls), has_more: page.hasMore };
}

/** At most `limit + 1` assets all of `people` are in, in list order (sharedPeopleArms). */
function sharedPeoplePage(
  db: Db,
  people: string[],
  query: AssetListInput,
  after: [string, string] | null,
): AssetRow[] {
  const order = query.order ?? 'desc';
  const dir = order === 'asc' ? 'ASC' : 'DESC';
  const arms = sharedPeopleArms(people, query, after, order);
  return allRows<AssetRow>(
    db,
    `SELECT ${assetColumns(db)} FROM (${arms.sql} ORDER BY sort_key ${dir}, asset_id ${dir} LIMIT ?) l
     JOIN assets a ON a.id = l.asset_id ORDER BY l.sort_key ${dir}, l.asset_id ${dir}`,
    [...arms.params, query.limit + 1],
  );
}

/** The `(sort_key, id)` position of a cursor asset; an unknown id is an invalid parameter (a 422). */
function assetCursor(db: Db, id: string): [string, string] {
  const row = statement(db, 'SELECT sort_key, id FROM assets WHERE id = ?').get(id) as
    { sort_key: string; id: string } | undefined;
  if (!row) {
    throw new InvalidParameterError(
      'starting_after_id',
      'Unknown starting_after_id: no asset has this id',
      id,
    );
  }
  return [row.sort_key, row.id];
}

export function getAssetRow(db: Db, id: string): AssetRow | undefined {
  return statement(db, 'SELECT * FROM assets WHERE id = ?').get(id) as AssetRow | undefined;
}

export function getAsset(db: Db, id: string, urls: MediaUrls): Asset | undefined {
  const row = getAssetRow(db, id);
  return row ? hydrateAssets(db, [row], urls)[0] : undefined;
}

/** Every asset of an album, newest first (the legacy `GET /api/albums/{id}/assets`). */
export function listAlbumAssets(db: Db, albumId: string, urls: MediaUrls): Asset[] {
  const rows = allRows<AssetRow>(
    db,
    `SELECT ${assetColumns(db)} FROM album_assets l JOIN assets a ON a.id = l.asset_id
     WHERE l.album_id = ? ORDER BY l.sort_key DESC, l.asset_id DESC`,
    [albumId],
  );
  return hydrateAssets(db, rows, urls);
}

/** Attach faces and people to a page of assets with two batched queries, not two per asset. */
function hydrateAssets(db: Db, rows: AssetRow[], urls: MediaUrls): Asset[] {
  if (rows.length === 0) return [];
  const ids = JSON.stringify(rows.map((r) => r.id));
  const faceRows = allRows<FaceRow>(
    db,
    `SELECT * FROM faces WHERE asset_id IN (SELECT value FROM json_each(?)) ORDER BY x, id`,
    [ids],
  );
  const personIds = JSON.stringify([...new Set(faceRows.flatMap((f) => (f.person_id ? [f.person_id] : [])))]);
  const people = new Map<string, Person>();
  const personRows = allRows<PersonRow>(
    db,
    'SELECT * FROM people WHERE id IN (SELECT value FROM json_each(?))',
    [personIds],
  );
  for (const row of personRows) {
    people.set(row.id, toPerson(row, urls));
  }
  const facesByAsset = new Map<string, Face[]>();
  for (const row of faceRows) {
    const list = facesByAsset.get(row.asset_id) ?? [];
    list.push(toFace(row, urls));
    facesByAsset.set(row.asset_id, list);
  }
  return rows.map((row) => {
    const faces = facesByAsset.get(row.id) ?? [];
    const assetPeople: Person[] = [];
    for (const face of faces) {
      const person = face.person_id ? people.get(face.person_id) : undefined;
      if (person && !assetPeople.includes(person)) assetPeople.push(person);
    }
    return toAsset(row, faces, assetPeople, urls);
  });
}

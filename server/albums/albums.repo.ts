import { albumPersonIds, type AlbumListQuery } from './album-query.ts';
import { createdAtCursor } from '../db/cursor.ts';
import type { MediaUrls } from '../db/media-urls.ts';
import type { Db } from '../db/open-db.ts';
import { toAlbum, type AlbumRow, type AlbumSpanRow, type LocalAlbum } from '../db/rows.ts';
import { keysetPage, statement } from '../db/statements.ts';
import { albumCountsInPlace, facetCountSql } from '../assets/place-facets.repo.ts';

/** An album as listed: ours, `matching_asset_count`, its photos that match the people filter. */
export type ListedAlbum = LocalAlbum & { matching_asset_count: number };

/**
 * The album's photos showing every one of `personIds`: one range of `album_people_assets` for the
 * first person, each further one a probe of `asset_people` per photo. Null without people.
 */
function matchingAssetsSql(personIds: string[]): string | null {
  const [first, ...others] = personIds;
  if (!first) return null;
  const more = others.map(
    () => ' AND EXISTS (SELECT 1 FROM asset_people ap WHERE ap.asset_id = x.asset_id AND ap.person_id = ?)',
  );
  return `FROM album_people_assets x WHERE x.album_id = albums.id AND x.person_id = ?${more.join('')}`;
}

/**
 * Albums, newest first (`created_at DESC, id DESC`); `asset_id` keeps the albums holding it;
 * `person_id`/`person_ids` those with photos of all the people, counted in `matching_asset_count`.
 */
export function listAlbums(
  db: Db,
  query: AlbumListQuery,
  urls: MediaUrls,
): { data: ListedAlbum[]; has_more: boolean } {
  const personIds = albumPersonIds(query);
  // Under a place, the counts come from one pass over the place's photos (people included).
  const inPlace = albumCountsInPlace(db, query, personIds);
  const matching = inPlace ? null : matchingAssetsSql(personIds);
  const conditions: string[] = [];
  // The count in the select list binds first.
  const params: unknown[] = inPlace ? [inPlace] : matching ? [...personIds] : [];
  if (inPlace) {
    conditions.push('id IN (SELECT key FROM json_each(?))');
    params.push(inPlace);
  } else if (matching) {
    conditions.push(`EXISTS (SELECT 1 ${matching})`);
    params.push(...personIds);
  }
  if (query.library_id) {
    conditions.push('library_id = ?');
    params.push(query.library_id);
  }
  if (query.asset_id) {
    conditions.push('id IN (SELECT album_id FROM album_assets WHERE asset_id = ?)');
    params.push(query.asset_id);
  }
  if (query.ids) {
    conditions.push('id IN (SELECT value FROM json_each(?))');
    params.push(JSON.stringify(query.ids));
  }
  const page = keysetPage<AlbumRow & { matching_asset_count: number }>(db, {
    // Albums belong to one library, so without people every photo of the album matches.
    select: `SELECT albums.*, ${
      inPlace ? facetCountSql('albums.id') : matching ? `(SELECT count(*) ${matching})` : 'albums.asset_count'
    } AS matching_asset_count FROM albums`,
    conditions,
    params,
    orderKeys: ['created_at', 'id'],
    after: query.starting_after_id ? createdAtCursor(db, 'albums', query.starting_after_id) : null,
    limit: query.limit,
  });
  const albums = withSpans(db, page.rows, urls);
  return {
    data: albums.map((album, i) => ({ ...album, matching_asset_count: page.rows[i]!.matching_asset_count })),
    has_more: page.hasMore,
  };
}

export function getAlbum(db: Db, id: string, urls: MediaUrls): LocalAlbum | undefined {
  const row = statement(db, 'SELECT * FROM albums WHERE id = ?').get(id) as AlbumRow | undefined;
  return row ? withSpans(db, [row], urls)[0] : undefined;
}

/**
 * Each album's newest asset (the cover, whose capture time is `end_date`) and its oldest
 * (`start_date`): the two ends of its `album_assets (album_id, sort_key DESC, asset_id DESC)` key,
 * two seeks per album whatever its size, batched for a page.
 */
function withSpans(db: Db, rows: AlbumRow[], urls: MediaUrls): LocalAlbum[] {
  if (rows.length === 0) return [];
  const spans = statement(
    db,
    `SELECT j.value AS album_id, c.id AS cover_id, c.checksum AS cover_checksum,
       c.mime_type AS cover_mime_type, c.width AS cover_width, c.height AS cover_height,
       c.local_datetime AS end_date,
       (SELECT o.local_datetime FROM album_assets l JOIN assets o ON o.id = l.asset_id
        WHERE l.album_id = j.value ORDER BY l.sort_key ASC, l.asset_id ASC LIMIT 1) AS start_date
     FROM json_each(?) j
     LEFT JOIN assets c ON c.id = (SELECT l.asset_id FROM album_assets l WHERE l.album_id = j.value
                                   ORDER BY l.sort_key DESC, l.asset_id DESC LIMIT 1)`,
  ).all(JSON.stringify(rows.map((row) => row.id))) as AlbumSpanRow[];
  const byAlbum = new Map(spans.map((span) => [span.album_id, span]));
  return rows.map((row) => toAlbum(row, byAlbum.get(row.id), urls));
}

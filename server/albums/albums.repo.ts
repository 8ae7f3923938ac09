import type { Album } from '../../contract/entities.ts';
import type { AlbumListQuery } from './album-query.ts';
import { createdAtCursor } from '../db/cursor.ts';
import type { Db } from '../db/open-db.ts';
import { toAlbum, type AlbumRow } from '../db/rows.ts';
import { keysetPage, statement } from '../db/statements.ts';

/** Albums, newest first (`created_at DESC, id DESC`); `asset_id` keeps the albums holding it. */
export function listAlbums(db: Db, query: AlbumListQuery): { data: Album[]; has_more: boolean } {
  const conditions: string[] = [];
  const params: unknown[] = [];
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
  const page = keysetPage<AlbumRow>(db, {
    select: 'SELECT * FROM albums',
    conditions,
    params,
    orderKeys: ['created_at', 'id'],
    after: query.starting_after_id ? createdAtCursor(db, 'albums', query.starting_after_id) : null,
    limit: query.limit,
  });
  return { data: page.rows.map(toAlbum), has_more: page.hasMore };
}

export function getAlbum(db: Db, id: string): Album | undefined {
  const row = statement(db, 'SELECT * FROM albums WHERE id = ?').get(id) as AlbumRow | undefined;
  return row ? toAlbum(row) : undefined;
}

import type { Face } from '../../contract/entities.ts';
import type { FaceListQuery } from '../../contract/queries.ts';
import { createdAtCursor } from '../db/cursor.ts';
import type { MediaUrls } from '../db/media-urls.ts';
import type { Db } from '../db/open-db.ts';
import { toFace, type FaceRow } from '../db/rows.ts';
import { keysetPage, statement } from '../db/statements.ts';

/** Faces, newest first, filtered by library, asset and person (AND). */
export function listFaces(
  db: Db,
  query: FaceListQuery,
  urls: MediaUrls,
): { data: Face[]; has_more: boolean } {
  const conditions: string[] = [];
  const params: unknown[] = [];
  if (query.asset_id) {
    conditions.push('f.asset_id = ?');
    params.push(query.asset_id);
  }
  if (query.person_id) {
    conditions.push('f.person_id = ?');
    params.push(query.person_id);
  }
  if (query.library_id) {
    conditions.push('EXISTS (SELECT 1 FROM assets a WHERE a.id = f.asset_id AND a.library_id = ?)');
    params.push(query.library_id);
  }
  const page = keysetPage<FaceRow>(db, {
    select: 'SELECT f.* FROM faces f',
    conditions,
    params,
    orderKeys: ['f.created_at', 'f.id'],
    after: query.starting_after_id ? createdAtCursor(db, 'faces', query.starting_after_id) : null,
    limit: query.limit,
  });
  return { data: page.rows.map((row) => toFace(row, urls)), has_more: page.hasMore };
}

export function getFaceRow(db: Db, id: string): FaceRow | undefined {
  return statement(db, 'SELECT * FROM faces WHERE id = ?').get(id) as FaceRow | undefined;
}

export function getFace(db: Db, id: string, urls: MediaUrls): Face | undefined {
  const row = getFaceRow(db, id);
  return row ? toFace(row, urls) : undefined;
}

/**
 * `GET /api/albums` for both generations of client: the 2025 `library_id` and `limit` (1–1000,
 * default 100) with the 2026 `asset_id` and `ids`.
 */
import { z } from 'zod';
import { LIMIT_DEFAULT, LIMIT_MAX, LIMIT_MIN, idOf, limitOf } from '../../contract/queries.ts';
import { listOf } from '../../contract/queries-2026.ts';

export const ALBUM_LIST_PARAMS = ['ids'] as const;

export const AlbumListQuery = z.object({
  library_id: idOf('lib').optional(),
  asset_id: idOf('asset').optional(),
  ids: listOf(idOf('album')).optional(),
  starting_after_id: z.string().min(1).max(200).optional(),
  limit: limitOf(LIMIT_MIN, LIMIT_MAX, LIMIT_DEFAULT),
});
export type AlbumListQuery = z.infer<typeof AlbumListQuery>;

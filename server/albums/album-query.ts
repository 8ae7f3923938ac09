/**
 * `GET /api/albums` for both generations of client: the 2025 `library_id` and `limit` (1–1000,
 * default 100) with the 2026 `asset_id` and `ids`, and ours: `person_id` / `person_ids` keep the
 * albums holding photos of those people (the sidebar's albums narrowed by the chosen person), and
 * `country_code`/`city` those holding photos taken there.
 */
import { z } from 'zod';
import { LIMIT_DEFAULT, LIMIT_MAX, LIMIT_MIN } from '../../contract/constants.ts';
import { idOf, limitOf } from '../../contract/queries.ts';
import { listOf } from '../../contract/queries-2026.ts';
import { placeFields, placeRule } from '../assets/asset-query.ts';

export const ALBUM_LIST_PARAMS = ['ids', 'person_ids'] as const;

export const AlbumListQuery = z
  .object({
    library_id: idOf('lib').optional(),
    asset_id: idOf('asset').optional(),
    ids: listOf(idOf('album')).optional(),
    person_ids: listOf(idOf('person')).optional(),
    person_id: idOf('person').optional(),
    ...placeFields,
    starting_after_id: z.string().min(1).max(200).optional(),
    limit: limitOf(LIMIT_MIN, LIMIT_MAX, LIMIT_DEFAULT),
  })
  .superRefine((query, ctx) => {
    placeRule(query, ctx);
    // As on the asset list: both naming the same one person is let through.
    const same = query.person_ids?.length === 1 && query.person_ids[0] === query.person_id;
    if (query.person_id && query.person_ids && !same) {
      ctx.addIssue({
        code: 'custom',
        path: ['person_id'],
        message: 'Give person_ids or person_id, not both',
      });
    }
  });
export type AlbumListQuery = z.infer<typeof AlbumListQuery>;

/** The people an album list is narrowed by (the 2025-style `person_id` is one of `person_ids`). */
export const albumPersonIds = (query: AlbumListQuery): string[] =>
  query.person_ids ?? (query.person_id ? [query.person_id] : []);

/**
 * `GET /api/people` for both generations of client: the 2025 filters and `limit` (1–1000, default
 * 100) with the 2026 `ids`, `name`, `name_filter` and `sort` beside them.
 */
import { z } from 'zod';
import { LIMIT_DEFAULT, LIMIT_MAX, LIMIT_MIN } from '../../contract/constants.ts';
import { idOf, limitOf } from '../../contract/queries.ts';
import { PersonListQuery as PersonListQuery2026, listOf } from '../../contract/queries-2026.ts';
import { placeFields, placeRule } from '../assets/asset-query.ts';

export const PERSON_LIST_PARAMS = ['ids', 'include'] as const;

export const PersonListQuery = z
  .object({
    library_id: idOf('lib').optional(),
    album_id: idOf('album').optional(),
    asset_id: idOf('asset').optional(),
    ids: listOf(idOf('person')).optional(),
    name: z.string().min(1).max(200).optional(),
    /**
     * Absent: every person, named or not, as the 2025 API listed them (the 2025 gallery shows the
     * unnamed too). A 2026 client that wants its default asks `named` (the gateway does the reverse).
     */
    name_filter: PersonListQuery2026.shape.name_filter,
    sort: PersonListQuery2026.shape.sort,
    include: listOf(z.string()).optional(),
    /** Ours: people with photos taken there, counted in `matching_asset_count`. */
    ...placeFields,
    starting_after_id: z.string().min(1).max(200).optional(),
    limit: limitOf(LIMIT_MIN, LIMIT_MAX, LIMIT_DEFAULT),
  })
  .superRefine(placeRule);
export type PersonListQuery = z.infer<typeof PersonListQuery>;

import type { Context } from 'hono';
import { AssetQuery, type AssetInclude } from '../../contract/queries-2026.ts';
import { validateQuery } from './validate.ts';

/**
 * `include=` as the 2026 API takes it on assets, people and faces: repeated or comma-joined,
 * each value one of `metadata, faces, people, metrics, file_data, variants` (anything else is a
 * 422 at `["query", "include"]`). The local server answers the superset whatever is asked, so
 * the routes only check it; what it names is always there.
 */
export function validateInclude(c: Context): AssetInclude[] {
  return validateQuery(c, AssetQuery, ['include']).include ?? [];
}

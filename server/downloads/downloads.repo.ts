/**
 * The assets of a zip download, in timeline order (newest first), read in keyset batches so a
 * download of a whole library never holds more than one batch of rows.
 */
import { assetFilterPlan, whereOf } from '../assets/asset-filters.repo.ts';
import type { AssetFilter } from '../assets/asset-query.ts';
import type { Db } from '../db/open-db.ts';
import type { AssetRow } from '../db/rows.ts';
import { statement } from '../db/statements.ts';

/** What a download holds: the assets under a filter (or of its `ids`), less `excludeIds`. */
export interface DownloadSelection {
  filter: AssetFilter;
  excludeIds: string[];
}

/** Where the previous batch ended: its last `(sort_key, id)`. */
export type DownloadCursor = [string, string];

function planOf(db: Db, { filter, excludeIds }: DownloadSelection) {
  const plan = assetFilterPlan(db, filter);
  if (excludeIds.length) {
    plan.conditions.push('a.id NOT IN (SELECT value FROM json_each(?))');
    plan.params.push(JSON.stringify(excludeIds));
  }
  return plan;
}

/** How many assets the download holds. */
export function countDownload(db: Db, selection: DownloadSelection): number {
  const plan = planOf(db, selection);
  const row = statement(db, `SELECT COUNT(*) AS n FROM ${plan.from}${whereOf(plan)}`).get(...plan.params) as {
    n: number;
  };
  return row.n;
}

/** The next `limit` assets of the download after `cursor` (null: from the newest). */
export function downloadBatch(
  db: Db,
  selection: DownloadSelection,
  cursor: DownloadCursor | null,
  limit: number,
): { rows: AssetRow[]; cursor: DownloadCursor | null } {
  const plan = planOf(db, selection);
  const [key, id] = plan.orderKeys;
  if (cursor) {
    plan.conditions.push(`(${key}, ${id}) < (?, ?)`);
    plan.params.push(...cursor);
  }
  const rows = statement(
    db,
    `SELECT a.* FROM ${plan.from}${whereOf(plan)} ORDER BY ${key} DESC, ${id} DESC LIMIT ?`,
  ).all(...plan.params, limit) as AssetRow[];
  const last = rows[rows.length - 1];
  return { rows, cursor: last && rows.length === limit ? [last.sort_key, last.id] : null };
}

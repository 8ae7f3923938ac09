/** Reads of the change counter (migration 13, db/index-generation.ts) for the live feed. */
import type { IndexChanged } from '../../contract/index-events.ts';
import type { Db } from '../db/open-db.ts';
import { statement } from '../db/statements.ts';

/** The counter alone: what the poller reads every tick (one row). */
export function indexGeneration(db: Db): number {
  return (
    statement(db, 'SELECT generation FROM index_generation WHERE id = 1').get() as { generation: number }
  ).generation;
}

/** The counter with the number of photos the timeline shows, from the month counts (~200 rows). */
export function indexState(db: Db): IndexChanged {
  return statement(
    db,
    `SELECT (SELECT generation FROM index_generation WHERE id = 1) AS generation,
       (SELECT coalesce(sum(count), 0) FROM asset_months) AS asset_count`,
  ).get() as IndexChanged;
}

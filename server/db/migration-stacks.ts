/**
 * Migration 8 (issue 12, RAW+JPEG stacks): `stack_id` (`asset_stack_…`, shared by the files of one
 * shot) and `stack_hidden` (1 for a stack's members other than its cover). Lists show the cover
 * only unless asked for one stack (`stack_id=`), so the whole-library month counts must count
 * covers only too: the `asset_months` triggers of migration 4 are replaced by ones that skip
 * hidden rows and follow a row that becomes hidden or shown. Album and person months need no
 * change: a hidden member has no album or person links (the indexer keeps them off).
 *
 * Kept apart from schema.ts (which lists it) to stay readable; it takes the ratio expression
 * from there as a parameter rather than importing it back.
 */
export function stacksMigration(aspectRatioSql: (row: string) => string): string {
  const add = (row: 'NEW' | 'OLD', sign: 1 | -1) => `
    INSERT INTO asset_months (library_id, month, count, ratio_sum)
      SELECT ${row}.library_id, substr(${row}.sort_key, 1, 7), ${sign}, ${sign} * ${aspectRatioSql(row)}
      WHERE ${row}.stack_hidden = 0
      ON CONFLICT (library_id, month) DO UPDATE SET count = count + excluded.count,
        ratio_sum = ratio_sum + excluded.ratio_sum;`;
  return `
  ALTER TABLE assets ADD COLUMN stack_id TEXT;
  ALTER TABLE assets ADD COLUMN stack_hidden INTEGER NOT NULL DEFAULT 0;
  CREATE INDEX assets_stack ON assets (stack_id, sort_key, id) WHERE stack_id IS NOT NULL;
  DROP TRIGGER assets_months_insert;
  DROP TRIGGER assets_months_delete;
  DROP TRIGGER assets_months_update;
  CREATE TRIGGER assets_months_insert AFTER INSERT ON assets BEGIN ${add('NEW', 1)}
  END;
  CREATE TRIGGER assets_months_delete AFTER DELETE ON assets BEGIN ${add('OLD', -1)}
  END;
  CREATE TRIGGER assets_months_update AFTER UPDATE OF library_id, sort_key, width, height, stack_hidden ON assets BEGIN
    ${add('OLD', -1)} ${add('NEW', 1)}
  END;
  DELETE FROM asset_months WHERE count = 0;`;
}

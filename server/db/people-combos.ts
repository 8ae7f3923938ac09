/**
 * Migration 8's people combinations: one row per (two or three people, asset) for every asset
 * those people are all in, and their month counts. "Photos of A and B (and C)" is then one range
 * of a primary key, where an INTERSECT of the people's links read all of them (0.25 s for the
 * counts of the three most photographed people at 1M, 33 ms a page; bench/api/summaries.ts).
 *
 * A combination's people are sorted (`person_a < person_b < person_c`); a pair has
 * `person_c = ''`. An asset with k people gives C(k,2) + C(k,3) rows: 0.75M at 1M synthetic
 * assets (at most 8 people on one photo). Four people or more still intersect.
 */
import { aspectRatioSql } from './aspect-ratio.ts';

/** The sorted key columns of a combination of two or three distinct people. */
export function comboOf(people: readonly string[]): [string, string, string] | null {
  const distinct = [...new Set(people)].sort();
  if (distinct.length === 2) return [distinct[0]!, distinct[1]!, ''];
  if (distinct.length === 3) return [distinct[0]!, distinct[1]!, distinct[2]!];
  return null;
}

/** Refills both tables from `asset_people` (migration 8, bulk loaders that drop triggers). */
export const PEOPLE_COMBOS_FILL = `
  DELETE FROM people_combo_assets;
  INSERT INTO people_combo_assets (person_a, person_b, person_c, asset_id, sort_key)
    SELECT p.person_id, q.person_id, '', p.asset_id, p.sort_key
    FROM asset_people p JOIN asset_people q ON q.asset_id = p.asset_id AND q.person_id > p.person_id;
  INSERT INTO people_combo_assets (person_a, person_b, person_c, asset_id, sort_key)
    SELECT p.person_id, q.person_id, r.person_id, p.asset_id, p.sort_key
    FROM asset_people p JOIN asset_people q ON q.asset_id = p.asset_id AND q.person_id > p.person_id
      JOIN asset_people r ON r.asset_id = p.asset_id AND r.person_id > q.person_id;
  DELETE FROM people_combo_months;
  INSERT INTO people_combo_months (person_a, person_b, person_c, month, count, ratio_sum)
    SELECT l.person_a, l.person_b, l.person_c, substr(l.sort_key, 1, 7), count(*), total(${aspectRatioSql('a')})
    FROM people_combo_assets l JOIN assets a ON a.id = l.asset_id
    GROUP BY l.person_a, l.person_b, l.person_c, substr(l.sort_key, 1, 7);`;

const KEYS = 'person_a, person_b, person_c';

/** Month counts follow the combination rows (the asset's ratio read live, as migration 5 does). */
const addToMonth = (row: 'NEW' | 'OLD', sign: 1 | -1) => `
    INSERT INTO people_combo_months (${KEYS}, month, count, ratio_sum)
      VALUES (${row}.person_a, ${row}.person_b, ${row}.person_c, substr(${row}.sort_key, 1, 7), ${sign},
        ${sign} * coalesce((SELECT ${aspectRatioSql('x')} FROM assets x WHERE x.id = ${row}.asset_id), 1))
      ON CONFLICT (${KEYS}, month) DO UPDATE SET count = count + excluded.count,
        ratio_sum = ratio_sum + excluded.ratio_sum;`;

/**
 * Migration 8. A new link (P, asset) adds P paired with each other person of the asset, and P with
 * each pair of them; a link that goes takes every combination holding P on that asset. The
 * indexer rebuilds an asset's links inside its upsert's transaction, so these move with it.
 */
export const PEOPLE_COMBOS_MIGRATION = `
  CREATE TABLE people_combo_assets (
    person_a TEXT NOT NULL,
    person_b TEXT NOT NULL,
    person_c TEXT NOT NULL,
    asset_id TEXT NOT NULL,
    sort_key TEXT NOT NULL,
    PRIMARY KEY (${KEYS}, sort_key DESC, asset_id DESC)
  ) WITHOUT ROWID;
  CREATE INDEX people_combo_assets_asset ON people_combo_assets (asset_id);
  CREATE TABLE people_combo_months (
    person_a TEXT NOT NULL,
    person_b TEXT NOT NULL,
    person_c TEXT NOT NULL,
    month TEXT NOT NULL,
    count INTEGER NOT NULL,
    ratio_sum REAL NOT NULL,
    PRIMARY KEY (${KEYS}, month)
  ) WITHOUT ROWID;
  ${PEOPLE_COMBOS_FILL}
  CREATE TRIGGER asset_people_combos_insert AFTER INSERT ON asset_people BEGIN
    INSERT OR IGNORE INTO people_combo_assets (${KEYS}, asset_id, sort_key)
      SELECT min(NEW.person_id, q.person_id), max(NEW.person_id, q.person_id), '', NEW.asset_id, NEW.sort_key
      FROM asset_people q WHERE q.asset_id = NEW.asset_id AND q.person_id <> NEW.person_id;
    INSERT OR IGNORE INTO people_combo_assets (${KEYS}, asset_id, sort_key)
      SELECT min(NEW.person_id, q.person_id),
        CASE WHEN NEW.person_id < q.person_id THEN q.person_id
             WHEN NEW.person_id > r.person_id THEN r.person_id ELSE NEW.person_id END,
        max(NEW.person_id, r.person_id), NEW.asset_id, NEW.sort_key
      FROM asset_people q JOIN asset_people r ON r.asset_id = q.asset_id AND r.person_id > q.person_id
      WHERE q.asset_id = NEW.asset_id AND q.person_id <> NEW.person_id AND r.person_id <> NEW.person_id;
  END;
  CREATE TRIGGER asset_people_combos_delete AFTER DELETE ON asset_people BEGIN
    DELETE FROM people_combo_assets
      WHERE asset_id = OLD.asset_id AND OLD.person_id IN (person_a, person_b, person_c);
  END;
  CREATE TRIGGER people_combo_assets_months_insert AFTER INSERT ON people_combo_assets BEGIN ${addToMonth('NEW', 1)}
  END;
  CREATE TRIGGER people_combo_assets_months_delete AFTER DELETE ON people_combo_assets BEGIN ${addToMonth('OLD', -1)}
  END;
  CREATE TRIGGER assets_people_combo_months_resize AFTER UPDATE OF width, height ON assets
    WHEN OLD.width IS NOT NEW.width OR OLD.height IS NOT NEW.height BEGIN
    UPDATE people_combo_months
      SET ratio_sum = ratio_sum - ${aspectRatioSql('OLD')} + ${aspectRatioSql('NEW')}
      WHERE (${KEYS}, month) IN
        (SELECT ${KEYS}, substr(sort_key, 1, 7) FROM people_combo_assets WHERE asset_id = NEW.id);
  END;`;

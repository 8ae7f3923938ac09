/**
 * Migration 13 (issue 13, live gallery): a one-row `index_generation` whose number goes up on
 * every change a gallery could show, bumped by triggers on the tables themselves. So any writer
 * is seen, whoever it is: the watcher, a re-index on start, the CLI indexer in another process
 * (WAL lets it write while the server reads), a bulk loader. The server polls the one row
 * (events/index-poller.ts) and tells open galleries.
 *
 * Updates count only when a shown column really changed: the indexer rewrites every album's and
 * person's counts and avatar after each run (refreshDerived), and a run that changed nothing must
 * not make every open gallery refetch.
 */

/** The asset columns an API answer carries (derived ones follow from these). */
const ASSET_COLUMNS = [
  'library_id',
  'rel_path',
  'file_size',
  'checksum',
  'mime_type',
  'original_file_name',
  'file_created_at',
  'file_modified_at',
  'local_datetime',
  'sort_key',
  'width',
  'height',
  'exif_json',
  'thumbhash',
  'duration',
  'video_playable',
  'live_motion_id',
  'stack_id',
  'stack_hidden',
];
const ALBUM_COLUMNS = ['library_id', 'rel_path', 'name', 'description', 'asset_count'];
const PERSON_COLUMNS = ['name', 'birth_date', 'is_hidden', 'is_favorite', 'thumbnail_face_id', 'asset_count'];
const FACE_COLUMNS = ['asset_id', 'person_id', 'x', 'y', 'w', 'h'];
const LIBRARY_COLUMNS = ['name', 'description', 'root_path'];
/** Link tables have no columns of their own worth an update: rows come and go. */
const LINK_TABLES = ['album_assets', 'asset_people'];

const BUMP = 'UPDATE index_generation SET generation = generation + 1;';

const changed = (columns: readonly string[]) =>
  columns.map((column) => `OLD.${column} IS NOT NEW.${column}`).join(' OR ');

function triggersOf(table: string, columns: readonly string[] | null): string {
  const rowTriggers = ['INSERT', 'DELETE']
    .map(
      (event) => `
  CREATE TRIGGER ${table}_generation_${event.toLowerCase()} AFTER ${event} ON ${table} BEGIN ${BUMP} END;`,
    )
    .join('');
  if (!columns) return rowTriggers;
  return `${rowTriggers}
  CREATE TRIGGER ${table}_generation_update AFTER UPDATE ON ${table}
    WHEN ${changed(columns)} BEGIN ${BUMP} END;`;
}

export const INDEX_GENERATION_MIGRATION = `
  CREATE TABLE index_generation (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    generation INTEGER NOT NULL
  );
  INSERT INTO index_generation (id, generation) VALUES (1, 0);
  ${triggersOf('assets', ASSET_COLUMNS)}
  ${triggersOf('albums', ALBUM_COLUMNS)}
  ${triggersOf('people', PERSON_COLUMNS)}
  ${triggersOf('faces', FACE_COLUMNS)}
  ${triggersOf('libraries', LIBRARY_COLUMNS)}
  ${LINK_TABLES.map((table) => triggersOf(table, null)).join('')}
`;

/** The triggers above, by name (LIKE pattern): the benchmark times a load with and without them. */
export const INDEX_GENERATION_TRIGGER_PATTERN = '%_generation_%';

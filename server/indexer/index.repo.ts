/**
 * Writes of the indexer: libraries, assets with their faces, people and albums. Every function
 * here is synchronous so a caller can wrap a batch in one `db.transaction`.
 */
import path from 'node:path';
import type { Db } from '../db/open-db.ts';
import type { AssetRow, LibraryRow } from '../db/rows.ts';
import { statement } from '../db/statements.ts';
import { randomId, stableId } from '../ids.ts';
import type { IndexedFile } from './photo-metadata.ts';
import { sortKeyOf } from './sort-key.ts';
import type { StackPlace } from './stacks.ts';

export const LOCAL_USER_ID = 'user_local';

const now = () => new Date().toISOString();

/** The library of a root folder, created on first sight. Its id derives from the path. */
export function ensureLibrary(db: Db, rootPath: string, name = path.basename(rootPath)): LibraryRow {
  const root = path.resolve(rootPath);
  const existing = statement(db, 'SELECT * FROM libraries WHERE root_path = ?').get(root) as
    LibraryRow | undefined;
  if (existing) return existing;
  const at = now();
  const row: LibraryRow = {
    id: stableId('lib', root),
    name,
    description: null,
    root_path: root,
    user_id: LOCAL_USER_ID,
    created_at: at,
    updated_at: at,
  };
  statement(
    db,
    `INSERT INTO libraries (id, name, description, root_path, user_id, created_at, updated_at)
     VALUES (@id, @name, @description, @root_path, @user_id, @created_at, @updated_at)`,
  ).run(row);
  return row;
}

export interface KnownFile {
  id: string;
  rel_path: string;
  file_size: number;
  file_mtime_ms: number;
  checksum: string;
  /** Null for rows indexed before thumbhashes were (migration 3): the next run fills them in. */
  thumbhash: string | null;
  /** The XMP sidecar it was read with (migration 14), null without one. */
  sidecar_rel_path: string | null;
  sidecar_size: number | null;
  sidecar_mtime_ms: number | null;
}

const KNOWN_COLUMNS =
  'id, rel_path, file_size, file_mtime_ms, checksum, thumbhash, sidecar_rel_path, sidecar_size, sidecar_mtime_ms';

/** What the index holds for a library, by relative path: enough to skip unchanged files. */
export function knownFiles(db: Db, libraryId: string): Map<string, KnownFile> {
  const rows = statement(db, `SELECT ${KNOWN_COLUMNS} FROM assets WHERE library_id = ?`).all(
    libraryId,
  ) as KnownFile[];
  return new Map(rows.map((r) => [r.rel_path, r]));
}

/** The id of the asset at a path now (another writer may have added it since a run began). */
export function idAtPath(db: Db, libraryId: string, relPath: string): string | null {
  const row = statement(db, 'SELECT id FROM assets WHERE library_id = ? AND rel_path = ?').get(
    libraryId,
    relPath,
  ) as { id: string } | undefined;
  return row?.id ?? null;
}

/**
 * The known files under one folder (`''`: the whole library), by relative path: a range of the
 * (library_id, rel_path) index, as `/` sorts just before `0`.
 */
export function knownFilesUnder(db: Db, libraryId: string, folder: string): Map<string, KnownFile> {
  if (folder === '') return knownFiles(db, libraryId);
  const rows = statement(
    db,
    `SELECT ${KNOWN_COLUMNS} FROM assets WHERE library_id = ? AND rel_path >= ? AND rel_path < ?`,
  ).all(libraryId, `${folder}/`, `${folder}0`) as KnownFile[];
  return new Map(rows.map((r) => [r.rel_path, r]));
}

/** Rows of the library holding this content (a file that moved from anywhere is one of them). */
export function filesWithChecksum(db: Db, libraryId: string, checksum: string): KnownFile[] {
  return statement(db, `SELECT ${KNOWN_COLUMNS} FROM assets WHERE library_id = ? AND checksum = ?`).all(
    libraryId,
    checksum,
  ) as KnownFile[];
}

/** Store the sidecar an asset was read with (apart from upsertAsset, like its ThumbHash). */
export function setSidecar(
  db: Db,
  id: string,
  sidecar: { relPath: string; size: number; mtimeMs: number } | null | undefined,
): void {
  statement(
    db,
    'UPDATE assets SET sidecar_rel_path = ?, sidecar_size = ?, sidecar_mtime_ms = ? WHERE id = ?',
  ).run(sidecar?.relPath ?? null, sidecar?.size ?? null, sidecar ? Math.round(sidecar.mtimeMs) : null, id);
}

/** How long a removed file's id waits for its file to come back elsewhere (a move seen in two runs). */
const TOMBSTONE_MS = 3600_000;

/**
 * Remove an asset whose file is gone, remembering its id by content (migration 14): a watched
 * library may see a move's two halves in two runs, and the file's id must survive it, crash included.
 */
export function removeAsset(db: Db, libraryId: string, file: Pick<KnownFile, 'id' | 'checksum'>): void {
  deleteAsset(db, file.id);
  statement(
    db,
    `INSERT OR REPLACE INTO removed_assets (library_id, checksum, id, removed_at) VALUES (?, ?, ?, ?)`,
  ).run(libraryId, file.checksum, file.id, Date.now());
}

/** The id of a recently removed file with this content, taken back (null if none or its id is in use). */
export function reclaimRemovedId(db: Db, libraryId: string, checksum: string): string | null {
  statement(db, 'DELETE FROM removed_assets WHERE removed_at < ?').run(Date.now() - TOMBSTONE_MS);
  const rows = statement(
    db,
    'SELECT id FROM removed_assets WHERE library_id = ? AND checksum = ? ORDER BY removed_at DESC',
  ).all(libraryId, checksum) as { id: string }[];
  const free = rows.find((r) => !statement(db, 'SELECT 1 FROM assets WHERE id = ?').get(r.id));
  if (free) statement(db, 'DELETE FROM removed_assets WHERE id = ?').run(free.id);
  return free?.id ?? null;
}

/**
 * Insert or update one asset (matched by id) with its album link, faces and people.
 * The album is the top-level folder under the library root; files at the root have none.
 */
export function upsertAsset(db: Db, libraryId: string, id: string, file: IndexedFile): void {
  const at = now();
  const sortKey = sortKeyOf(file.localDatetime);
  const { metadata } = file;
  statement(
    db,
    `INSERT INTO assets (id, library_id, rel_path, file_size, file_mtime_ms, checksum, mime_type,
       original_file_name, file_created_at, file_modified_at, local_datetime, sort_key, width, height,
       exif_json, created_at, updated_at)
     VALUES (@id, @libraryId, @relPath, @fileSize, @mtimeMs, @checksum, @mimeType, @originalFileName,
       @fileCreatedAt, @fileModifiedAt, @localDatetime, @sortKey, @width, @height, @exifJson, @at, @at)
     ON CONFLICT (id) DO UPDATE SET rel_path = excluded.rel_path, file_size = excluded.file_size,
       file_mtime_ms = excluded.file_mtime_ms, checksum = excluded.checksum, mime_type = excluded.mime_type,
       original_file_name = excluded.original_file_name, file_created_at = excluded.file_created_at,
       file_modified_at = excluded.file_modified_at, local_datetime = excluded.local_datetime,
       sort_key = excluded.sort_key, width = excluded.width, height = excluded.height,
       exif_json = excluded.exif_json, updated_at = excluded.updated_at`,
  ).run({
    id,
    libraryId,
    relPath: file.relPath,
    fileSize: file.fileSize,
    mtimeMs: Math.round(file.mtimeMs),
    checksum: file.checksum,
    mimeType: metadata.mimeType,
    originalFileName: file.originalFileName,
    fileCreatedAt: file.fileCreatedAt,
    fileModifiedAt: file.fileModifiedAt,
    localDatetime: file.localDatetime,
    sortKey,
    width: metadata.width,
    height: metadata.height,
    exifJson: metadata.exif ? JSON.stringify(metadata.exif) : null,
    at,
  });
  // Apart, as setThumbhash: rows built outside the indexer (test seeds of older schemas, the
  // benchmarks) have no sources to give, and their schema may predate the columns (migration 12).
  if (file.dateSource !== undefined) {
    statement(db, 'UPDATE assets SET date_source = ?, zone_source = ?, place_source = ? WHERE id = ?').run(
      file.dateSource,
      file.zoneSource ?? null,
      file.placeSource ?? null,
      id,
    );
  }

  // Links are rebuilt from scratch: cheap, and a changed file can't keep a stale face.
  statement(db, 'DELETE FROM album_assets WHERE asset_id = ?').run(id);
  statement(db, 'DELETE FROM asset_people WHERE asset_id = ?').run(id);
  statement(db, 'DELETE FROM faces WHERE asset_id = ?').run(id);

  const albumFolder = file.relPath.split('/').length > 1 ? file.relPath.split('/')[0]! : null;
  if (albumFolder) {
    const albumId = ensureAlbum(db, libraryId, albumFolder);
    statement(db, 'INSERT INTO album_assets (album_id, asset_id, sort_key) VALUES (?, ?, ?)').run(
      albumId,
      id,
      sortKey,
    );
  }

  const linked = new Set<string>();
  metadata.faces.forEach((face, index) => {
    const personId = face.personName ? ensurePerson(db, face.personName) : null;
    const faceId = stableId('face', `${id}:${index}`);
    statement(
      db,
      `INSERT INTO faces (id, asset_id, person_id, x, y, w, h, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(faceId, id, personId, face.box.x, face.box.y, face.box.w, face.box.h, at, at);
    if (personId && !linked.has(personId)) {
      linked.add(personId);
      statement(db, 'INSERT INTO asset_people (person_id, asset_id, sort_key) VALUES (?, ?, ?)').run(
        personId,
        id,
        sortKey,
      );
    }
  });
}

/** One indexed asset's row (the backfill reads its cached thumbnail through media with it). */
export function indexedAsset(db: Db, id: string): AssetRow | undefined {
  return statement(db, 'SELECT * FROM assets WHERE id = ?').get(id) as AssetRow | undefined;
}

/** Store an asset's ThumbHash (kept apart from upsertAsset: a backfill changes nothing else). */
export function setThumbhash(db: Db, id: string, thumbhash: string | null): void {
  statement(db, 'UPDATE assets SET thumbhash = ? WHERE id = ?').run(thumbhash, id);
}

export function ensureAlbum(db: Db, libraryId: string, folder: string): string {
  const id = stableId('album', `${libraryId}:${folder}`);
  const at = now();
  statement(
    db,
    `INSERT INTO albums (id, library_id, rel_path, name, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
  ).run(id, libraryId, folder, folder, at, at);
  return id;
}

/** People are matched by name across libraries: the same name is the same person. */
export function ensurePerson(db: Db, name: string): string {
  const id = stableId('person', name);
  const at = now();
  statement(
    db,
    `INSERT INTO people (id, name, created_at, updated_at) VALUES (?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
  ).run(id, name, at, at);
  return id;
}

export function deleteAsset(db: Db, id: string): void {
  statement(db, 'DELETE FROM assets WHERE id = ?').run(id);
}

/** A fresh id for a new file: derived from its content, unless that id is already taken. */
export function newAssetId(db: Db, libraryId: string, checksum: string): string {
  const id = stableId('asset', `${libraryId}:${checksum}`);
  const taken = statement(db, 'SELECT 1 FROM assets WHERE id = ?').get(id);
  return taken ? randomId('asset') : id;
}

/**
 * Recompute the denormalised counts and avatars after a run, and drop what no asset uses any
 * more: empty albums and people without a face.
 */
export function refreshDerived(db: Db): void {
  db.exec(`
    DELETE FROM albums WHERE NOT EXISTS (SELECT 1 FROM album_assets l WHERE l.album_id = albums.id);
    DELETE FROM people WHERE NOT EXISTS (SELECT 1 FROM faces f WHERE f.person_id = people.id);
    UPDATE albums SET asset_count = (SELECT count(*) FROM album_assets l WHERE l.album_id = albums.id);
    UPDATE people SET asset_count = (SELECT count(*) FROM asset_people l WHERE l.person_id = people.id);
    UPDATE people SET thumbnail_face_id = (${LARGEST_FACE_SQL.replace('?', 'people.id')});
  `);
}

/** A person's largest face (their avatar): one seek in faces_person_area (migration 17). */
export const LARGEST_FACE_SQL = `SELECT f.id FROM faces f JOIN assets a ON a.id = f.asset_id
      WHERE f.person_id = ? ORDER BY f.w * f.h DESC, f.id LIMIT 1`;

/**
 * Bring every asset's stack in line with the files on disk (stacks.ts): ids derive from the
 * library and the shot's folder and base name, so they survive re-indexing. A hidden member (not
 * the cover) has no album or person links, so album and person lists and counts show the cover
 * only; an asset that stops being hidden (its cover is gone) gets its links back from its path
 * and faces. Run after the files of a run are written, in the run's last transaction; a run over
 * some folders (`inScope`) passes the places of their files and leaves other folders' stacks alone.
 */
export function applyStacks(
  db: Db,
  libraryId: string,
  places: ReadonlyMap<string, StackPlace>,
  inScope: (relPath: string) => boolean = () => true,
): void {
  const rows = (
    statement(
      db,
      `SELECT id, rel_path, sort_key, stack_id, stack_hidden FROM assets
     WHERE library_id = ? AND (stack_id IS NOT NULL OR stack_hidden = 1)`,
    ).all(libraryId) as StackRow[]
  ).filter((row) => inScope(row.rel_path));
  const current = new Map(rows.map((row) => [row.rel_path, row]));
  const update = statement(db, 'UPDATE assets SET stack_id = ?, stack_hidden = ? WHERE id = ?');
  const assetAt = statement(
    db,
    'SELECT id, rel_path, sort_key, stack_id, stack_hidden FROM assets WHERE library_id = ? AND rel_path = ?',
  );
  for (const [relPath, place] of places) {
    const row = current.get(relPath) ?? (assetAt.get(libraryId, relPath) as StackRow | undefined);
    current.delete(relPath);
    if (!row) continue; // A file that failed to index.
    const stackId = stableId('asset_stack', `${libraryId}:${place.key}`);
    const hidden = place.cover ? 0 : 1;
    if (row.stack_id !== stackId || row.stack_hidden !== hidden) update.run(stackId, hidden, row.id);
    // upsertAsset rebuilds links for every file it writes: a hidden member loses them again.
    if (hidden) unlink(db, row.id);
    else if (row.stack_hidden) relink(db, libraryId, row);
  }
  for (const row of current.values()) {
    update.run(null, 0, row.id);
    if (row.stack_hidden) relink(db, libraryId, row);
  }
}

interface StackRow {
  id: string;
  rel_path: string;
  sort_key: string;
  stack_id: string | null;
  stack_hidden: number;
}

function unlink(db: Db, id: string): void {
  statement(db, 'DELETE FROM album_assets WHERE asset_id = ?').run(id);
  statement(db, 'DELETE FROM asset_people WHERE asset_id = ?').run(id);
}

function relink(db: Db, libraryId: string, row: StackRow): void {
  unlink(db, row.id);
  const parts = row.rel_path.split('/');
  if (parts.length > 1) {
    const albumId = ensureAlbum(db, libraryId, parts[0]!);
    statement(db, 'INSERT INTO album_assets (album_id, asset_id, sort_key) VALUES (?, ?, ?)').run(
      albumId,
      row.id,
      row.sort_key,
    );
  }
  statement(
    db,
    `INSERT OR IGNORE INTO asset_people (person_id, asset_id, sort_key)
     SELECT DISTINCT person_id, ?, ? FROM faces WHERE asset_id = ? AND person_id IS NOT NULL`,
  ).run(row.id, row.sort_key, row.id);
}

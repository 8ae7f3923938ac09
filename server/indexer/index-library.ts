/**
 * Index one photo folder into the database, incrementally:
 * - unchanged files (same size and mtime) are skipped without being read;
 * - new and changed files are read, hashed and their metadata extracted;
 * - a new file whose checksum matches a file that disappeared is a move: it keeps its id;
 * - files that are gone are dropped (their ids kept an hour by content, for a move seen in two runs);
 * - a file whose XMP sidecar (walk.ts) appeared, changed or went is read again;
 * - unchanged files indexed before thumbhashes were get one (from the cached thumbnail if any).
 * Each file is committed in its own transaction, so a crash loses at most the file in hand and a
 * rerun picks up where it stopped. The photo folder is only ever read. A watched library indexes
 * only the folders that changed (`scope`); a file moved in from another folder still keeps its id.
 */
import { createHash } from 'node:crypto';
import { access, readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  deleteLiveMotion,
  hasLiveStill,
  knownMotions,
  pairLivePhotos,
  setVideoFacts,
  upsertLiveMotion,
} from '../assets/live-motions.repo.ts';
import type { Db } from '../db/open-db.ts';
import type { Media } from '../media/media.ts';
import { rawMimeTypeOf, rawPreview } from '../media/raw-preview.ts';
import { renderThumbnail } from '../media/render-image.ts';
import { thumbhashOf } from '../media/thumbhash.ts';
import {
  applyStacks,
  deleteAsset,
  ensureLibrary,
  filesWithChecksum,
  indexedAsset,
  knownFiles,
  knownFilesUnder,
  idAtPath,
  newAssetId,
  reclaimRemovedId,
  refreshDerived,
  removeAsset,
  setSidecar,
  setThumbhash,
  upsertAsset,
  type KnownFile,
} from './index.repo.ts';
import { indexedDateOf } from './capture-date.ts';
import type { IndexedFile } from './photo-metadata.ts';
import { readPhotoMetadata } from './read-metadata.ts';
import { readVideoFile } from './index-video.ts';
import { stacksOf } from './stacks.ts';
import type { VideoFacts } from './video-metadata.ts';
import {
  inWalkScope,
  isVideoPath,
  normaliseScope,
  walkPhotos,
  type FoundFile,
  type WalkScope,
} from './walk.ts';

export interface IndexReport {
  libraryId: string;
  total: number;
  added: number;
  updated: number;
  moved: number;
  unchanged: number;
  removed: number;
  failed: { path: string; reason: string }[];
}

export interface IndexOptions {
  /** Library name; the folder's name by default. */
  name?: string;
  concurrency?: number;
  onProgress?: (done: number, total: number) => void;
  /** A file that could not be indexed: reported, skipped, and the run goes on. */
  onFailure?: (relPath: string, reason: string) => void;
  /**
   * Where to keep the grid thumbnails rendered while indexing, so the first scroll doesn't wait;
   * with `assetImage`, where an unchanged file's cached thumbnail is read for its ThumbHash.
   */
  media?: (Pick<Media, 'storeThumbnail'> & Partial<Pick<Media, 'assetImage'>>) | null;
  /** Only these folders (a watched library's changes); the whole library without. */
  scope?: WalkScope | null;
}

export async function indexLibrary(
  db: Db,
  rootPath: string,
  options: IndexOptions = {},
): Promise<IndexReport> {
  const library = ensureLibrary(db, rootPath, options.name);
  const failed: IndexReport['failed'] = [];
  const fail = (relPath: string, reason: string) => {
    failed.push({ path: relPath, reason });
    options.onFailure?.(relPath, reason);
  };

  const scope = options.scope ? normaliseScope(options.scope) : null;
  const inScope = (relPath: string) => inWalkScope(scope, relPath);
  const files = await walkPhotos(library.root_path, fail, scope);
  const known = scope ? knownInScope(db, library.id, scope) : knownFiles(db, library.id);
  const onDisk = new Set(files.map((f) => f.relPath));
  const missing = new Map<string, KnownFile>(); // by checksum: candidates for a move
  for (const k of known.values()) if (!onDisk.has(k.rel_path)) missing.set(k.checksum, k);
  // Live Photo motion clips are no assets; one gone from its path goes now (moved, it comes back).
  const motions = knownMotions(db, library.id);
  db.transaction(() => {
    for (const m of motions.values())
      if (!onDisk.has(m.rel_path) && inScope(m.rel_path)) deleteLiveMotion(db, m.id);
  })();

  const report: IndexReport = {
    libraryId: library.id,
    total: files.length,
    added: 0,
    updated: 0,
    moved: 0,
    unchanged: 0,
    removed: 0,
    failed,
  };
  const unhashed: FoundFile[] = [];
  const todo = files.filter((f) => {
    const m = motions.get(f.relPath);
    if (m && m.file_size === f.size && m.file_mtime_ms === Math.round(f.mtimeMs)) {
      report.unchanged++;
      return false;
    }
    const k = known.get(f.relPath);
    const same =
      k && k.file_size === f.size && k.file_mtime_ms === Math.round(f.mtimeMs) && sameSidecar(k, f);
    if (same) report.unchanged++;
    if (same && k.thumbhash === null) unhashed.push(f);
    return !same;
  });

  let done = report.unchanged;
  options.onProgress?.(done, files.length);
  const claimed = new Set<string>();

  async function indexOne(found: FoundFile): Promise<void> {
    let file: IndexedFile;
    let thumbnail: Buffer;
    let video: VideoFacts | null = null;
    try {
      if (isVideoPath(found.relPath)) {
        const read = await readVideoFile(found, (cid) => hasLiveStill(db, library.id, cid));
        if (read.isLiveMotion || !read.thumbnail) {
          storeMotion(found, read.file, read.video);
          return;
        }
        ({ file, thumbnail, video } = { ...read, thumbnail: read.thumbnail });
      } else {
        const bytes = await readFile(found.absPath);
        // A RAW is read and shown through its embedded JPEG (carrying the RAW's tags), if any.
        const raw = rawMimeTypeOf(found.relPath);
        const picture = (raw && (await rawPreview(found.absPath))) || bytes;
        file = await readIndexedFile(found, bytes, picture);
        if (raw) file.metadata.mimeType = raw;
        // Rendering the grid thumbnail proves the pixels decode: a file whose header reads but
        // whose image doesn't is reported and skipped, never shown as a broken tile.
        thumbnail = await renderThumbnail(picture, 'thumbnail');
      }
    } catch (error) {
      // Gone since the walk (a watched folder changing under us): its removal is seen next run.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') fail(found.relPath, (error as Error).message);
      return;
    }
    // A placeholder that can't be made is no reason to skip a photo that renders: null, as pending.
    const thumbhash = await thumbhashOf(thumbnail).catch(() => null);
    // From here to the write nothing awaits but the move lookup, before any id is chosen: two
    // copies of one photo indexed at once would otherwise both take the id of their content.
    const atPath = known.get(found.relPath);
    let moved = !atPath ? missing.get(file.checksum) : undefined;
    if (!atPath && (!moved || claimed.has(moved.id)) && scope)
      moved = await movedFromElsewhere(file.checksum);
    let id: string;
    if (atPath) {
      id = atPath.id;
      report.updated++;
    } else if (moved && !claimed.has(moved.id)) {
      claimed.add(moved.id);
      id = moved.id;
      report.moved++;
    } else {
      const reclaimed = reclaimRemovedId(db, library.id, file.checksum);
      id = reclaimed ?? newAssetId(db, library.id, file.checksum);
      report[reclaimed ? 'moved' : 'added']++;
    }
    db.transaction(() => {
      // Another process (a second server, the CLI) may have indexed this path since the run
      // began: its row is this file's, so it is updated rather than inserted twice.
      const current = idAtPath(db, library.id, found.relPath);
      if (current && current !== id) {
        if (moved?.id === id) claimed.delete(id);
        id = current;
      }
      upsertAsset(db, library.id, id, file);
      setThumbhash(db, id, thumbhash);
      setSidecar(db, id, found.sidecar);
      if (video) setVideoFacts(db, id, video.duration, video.browserPlayable);
    }).immediate();
    await options.media?.storeThumbnail({ id, checksum: file.checksum }, thumbnail);
  }

  /**
   * A file of the library outside this run's folders with the same content, whose own file is gone:
   * the other half of a move whose source folder this run doesn't look at.
   */
  async function movedFromElsewhere(checksum: string): Promise<KnownFile | undefined> {
    for (const row of filesWithChecksum(db, library.id, checksum)) {
      if (known.has(row.rel_path) || claimed.has(row.id)) continue;
      const gone = await access(path.join(library.root_path, row.rel_path)).then(
        () => false,
        () => true,
      );
      if (gone && !claimed.has(row.id)) return row;
    }
    return undefined;
  }

  /** A Live Photo's motion clip: kept apart from the assets, so it is never a tile of its own. */
  function storeMotion(found: FoundFile, file: IndexedFile, video: VideoFacts): void {
    const atPath = known.get(found.relPath);
    db.transaction(() => {
      if (atPath) deleteAsset(db, atPath.id); // it was a video tile until its still arrived
      upsertLiveMotion(db, {
        id: motions.get(found.relPath)?.id ?? newAssetId(db, library.id, `live:${file.checksum}`),
        library_id: library.id,
        rel_path: found.relPath,
        file_size: file.fileSize,
        file_mtime_ms: file.mtimeMs,
        checksum: file.checksum,
        content_id: file.metadata.exif!.live_photo_cid!,
        mime_type: file.metadata.mimeType,
        duration: video.duration,
        video_playable: video.browserPlayable ? 1 : 0,
      });
    })();
  }

  /** An unchanged file without a ThumbHash: from its cached thumbnail when media has one, else its bytes. */
  async function hashOne(found: FoundFile): Promise<void> {
    const row = indexedAsset(db, known.get(found.relPath)!.id);
    if (!row) return;
    try {
      const thumbnail = options.media?.assetImage
        ? (await options.media.assetImage(row, 'thumbnail')).bytes
        : await renderThumbnail(await readFile(found.absPath), 'thumbnail');
      setThumbhash(db, row.id, await thumbhashOf(thumbnail));
    } catch {
      // Left null (pending) and tried again next run; the photo itself is indexed.
    }
  }

  const queue = [...todo];
  const hashQueue = [...unhashed];
  const workers = Array.from({ length: Math.max(1, options.concurrency ?? 2) }, async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      await indexOne(next);
      options.onProgress?.(++done, files.length);
    }
    for (let next = hashQueue.shift(); next; next = hashQueue.shift()) await hashOne(next);
  });
  await Promise.all(workers);

  db.transaction(() => {
    for (const k of known.values()) {
      if (!onDisk.has(k.rel_path) && !claimed.has(k.id)) {
        removeAsset(db, library.id, k);
        report.removed++;
      }
    }
    // Only files that have a row: a pair whose JPEG failed to read leaves the RAW shown alone.
    const failedPaths = new Set(failed.map((f) => f.path));
    const indexed = files.flatMap((f) => (failedPaths.has(f.relPath) ? [] : [f.relPath]));
    applyStacks(db, library.id, stacksOf(indexed), inScope);
  })();
  // Stills and clips indexed in any order this run are paired now; a clip whose still is gone
  // becomes a video of its own.
  const orphans = db.transaction(() => pairLivePhotos(db, library.id))();
  for (const orphan of orphans) {
    const found = files.find((f) => f.relPath === orphan.rel_path);
    if (found) await indexOne(found);
  }
  db.transaction(() => refreshDerived(db))();
  return report;
}

/** `picture`: what the metadata is read from (the file itself, or a RAW's embedded JPEG). */
async function readIndexedFile(found: FoundFile, bytes: Buffer, picture: Buffer): Promise<IndexedFile> {
  if (bytes.length === 0) throw new Error('empty file');
  const metadata = await readPhotoMetadata(found.absPath, {
    picture,
    sidecarPath: found.sidecar?.absPath ?? null,
  });
  const fileModifiedAt = new Date(found.mtimeMs).toISOString();
  const fileCreatedAt = new Date(found.birthtimeMs || found.mtimeMs).toISOString();
  return {
    relPath: found.relPath,
    fileSize: found.size,
    mtimeMs: Math.round(found.mtimeMs),
    checksum: createHash('sha256').update(bytes).digest('base64'),
    originalFileName: path.posix.basename(found.relPath),
    fileCreatedAt,
    fileModifiedAt,
    ...indexedDateOf(metadata, found.relPath, found.mtimeMs),
    metadata,
  };
}

/** Whether a file's sidecar is the one its row was read with (none then and now included). */
const sameSidecar = (k: KnownFile, f: FoundFile) =>
  k.sidecar_rel_path === (f.sidecar?.relPath ?? null) &&
  k.sidecar_size === (f.sidecar?.size ?? null) &&
  k.sidecar_mtime_ms === (f.sidecar ? Math.round(f.sidecar.mtimeMs) : null);

/** The known files of a scope's folders and trees only (a few range reads, not the library). */
function knownInScope(db: Db, libraryId: string, scope: WalkScope): Map<string, KnownFile> {
  const known = new Map<string, KnownFile>();
  for (const folder of [...scope.trees, ...scope.folders])
    for (const [relPath, row] of knownFilesUnder(db, libraryId, folder))
      if (inWalkScope(scope, relPath)) known.set(relPath, row);
  return known;
}

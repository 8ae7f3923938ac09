/**
 * Live Photo motion clips: the MOV beside a HEIC/JPEG that shares its Apple content identifier.
 * A motion clip is no asset (no tile, no count); it is kept here and paired with its still by
 * that identifier, so moving or renaming either file keeps the pair. Synchronous, like every
 * indexer write, so a run can wrap a batch in one `db.transaction`.
 */
import type { Db } from '../db/open-db.ts';
import type { AssetRow } from '../db/rows.ts';
import { statement } from '../db/statements.ts';

export interface LiveMotionRow {
  id: string;
  library_id: string;
  rel_path: string;
  file_size: number;
  file_mtime_ms: number;
  checksum: string;
  content_id: string;
  mime_type: string;
  duration: number | null;
  /** 1 when a browser plays the clip as it is (H.264), 0 when it needs a copy (HEVC, as iPhones record). */
  video_playable: number;
}

/** Photos only: a MOV that carries the same identifier is the motion, never the still. */
const PHOTO_CID = `json_extract(exif_json, '$.live_photo_cid')`;

export function getLiveMotion(db: Db, id: string): LiveMotionRow | undefined {
  return statement(db, 'SELECT * FROM live_motions WHERE id = ?').get(id) as LiveMotionRow | undefined;
}

/** A library's motion clips by relative path: an unchanged one is skipped without being read. */
export function knownMotions(db: Db, libraryId: string): Map<string, LiveMotionRow> {
  const rows = statement(db, 'SELECT * FROM live_motions WHERE library_id = ?').all(
    libraryId,
  ) as LiveMotionRow[];
  return new Map(rows.map((row) => [row.rel_path, row]));
}

/** Whether a photo of the library carries this content identifier (its clip is then no tile). */
export function hasLiveStill(db: Db, libraryId: string, contentId: string): boolean {
  return Boolean(
    statement(
      db,
      `SELECT 1 FROM assets WHERE library_id = ? AND ${PHOTO_CID} = ? AND mime_type NOT LIKE 'video/%' LIMIT 1`,
    ).get(libraryId, contentId),
  );
}

/** Insert or replace the clip at a path (a changed file keeps its id). */
export function upsertLiveMotion(db: Db, row: LiveMotionRow): void {
  statement(
    db,
    `INSERT INTO live_motions (id, library_id, rel_path, file_size, file_mtime_ms, checksum, content_id,
       mime_type, duration, video_playable)
     VALUES (@id, @library_id, @rel_path, @file_size, @file_mtime_ms, @checksum, @content_id, @mime_type,
       @duration, @video_playable)
     ON CONFLICT (library_id, rel_path) DO UPDATE SET file_size = excluded.file_size,
       file_mtime_ms = excluded.file_mtime_ms, checksum = excluded.checksum, content_id = excluded.content_id,
       mime_type = excluded.mime_type, duration = excluded.duration, video_playable = excluded.video_playable`,
  ).run(row);
}

export function deleteLiveMotion(db: Db, id: string): void {
  statement(db, 'DELETE FROM live_motions WHERE id = ?').run(id);
}

/** Store what a video adds to its asset row (apart from upsertAsset, which every photo goes through). */
export function setVideoFacts(db: Db, assetId: string, duration: number | null, playable: boolean): void {
  statement(db, 'UPDATE assets SET duration = ?, video_playable = ? WHERE id = ?').run(
    duration,
    playable ? 1 : 0,
    assetId,
  );
}

/**
 * After a run: video assets whose identifier matches a photo become motion clips (their tile
 * goes); clips whose still is gone are returned, removed, so the caller indexes them as videos;
 * every still's `live_motion_id` is set afresh.
 */
export function pairLivePhotos(db: Db, libraryId: string): LiveMotionRow[] {
  const videos = statement(
    db,
    `SELECT v.* FROM assets v WHERE v.library_id = ? AND v.mime_type LIKE 'video/%'
       AND json_extract(v.exif_json, '$.live_photo_cid') IS NOT NULL
       AND EXISTS (SELECT 1 FROM assets p WHERE p.library_id = v.library_id AND p.mime_type NOT LIKE 'video/%'
         AND json_extract(p.exif_json, '$.live_photo_cid') = json_extract(v.exif_json, '$.live_photo_cid'))`,
  ).all(libraryId) as AssetRow[];
  for (const video of videos) {
    upsertLiveMotion(db, {
      id: video.id,
      library_id: libraryId,
      rel_path: video.rel_path,
      file_size: video.file_size,
      file_mtime_ms: video.file_mtime_ms,
      checksum: video.checksum,
      content_id: (JSON.parse(video.exif_json!) as { live_photo_cid: string }).live_photo_cid,
      mime_type: video.mime_type,
      duration: video.duration ?? null,
      video_playable: video.video_playable ?? 0,
    });
    statement(db, 'DELETE FROM assets WHERE id = ?').run(video.id);
  }
  const orphans = statement(
    db,
    `SELECT m.* FROM live_motions m WHERE m.library_id = ? AND NOT EXISTS (SELECT 1 FROM assets p
       WHERE p.library_id = m.library_id AND ${PHOTO_CID} = m.content_id AND p.mime_type NOT LIKE 'video/%')`,
  ).all(libraryId) as LiveMotionRow[];
  for (const orphan of orphans) deleteLiveMotion(db, orphan.id);
  statement(
    db,
    `UPDATE assets SET live_motion_id = (SELECT m.id FROM live_motions m
       WHERE m.library_id = assets.library_id AND m.content_id = ${PHOTO_CID} ORDER BY m.rel_path LIMIT 1)
     WHERE library_id = ? AND mime_type NOT LIKE 'video/%'
       AND (live_motion_id IS NOT NULL OR ${PHOTO_CID} IS NOT NULL)`,
  ).run(libraryId);
  return orphans;
}

import { stat } from 'node:fs/promises';
import { Hono } from 'hono';
import type { AssetTags } from '../../contract/asset-tags.ts';
import type { AppContext } from '../app-context.ts';
import { notFound } from '../http/errors.ts';
import { openableAssetFile } from '../media/asset-files.ts';
import { TagRecordCache } from '../media/tag-record-cache.ts';
import { findSidecar, readTagRecord } from '../media/tag-record-reader.ts';
import { getAssetRow } from './assets.repo.ts';
import { getLiveMotion } from './live-motions.repo.ts';

/** What tells a sidecar's versions apart without reading it. */
async function sidecarVersion(file: string | null): Promise<string> {
  const info = file === null ? null : await stat(file).catch(() => null);
  return info ? `${info.size}:${info.mtimeMs}` : '-';
}

/**
 * `GET /api/assets/{id}/tags` (ours): every tag ExifTool finds in the asset's original (for a
 * RAW+JPEG stack, the file asked for), its sidecar and a Live Photo's motion clip, read when
 * asked and kept in memory by checksum. 404 for an unknown asset or a file that is gone, 422
 * for a file whose tags can't be read.
 */
export function assetTagRoutes(ctx: AppContext) {
  const { db, media } = ctx;
  const cache = new TagRecordCache();
  return new Hono().get('/:id/tags', async (c) => {
    const row = getAssetRow(db, c.req.param('id'));
    if (!row) throw notFound('Asset not found');
    const { file } = await media.original(row);
    const motionRow = row.live_motion_id ? getLiveMotion(db, row.live_motion_id) : undefined;
    const [sidecar, motion] = await Promise.all([
      findSidecar(file),
      motionRow ? openableAssetFile(db, motionRow).catch(() => null) : null,
    ]);
    // The file's name and times are in the record: the same bytes elsewhere are another key.
    const key = [row.checksum, file, await sidecarVersion(sidecar), motionRow?.checksum ?? '-'].join('\0');
    const record = await cache.get(key, () => readTagRecord({ file, sidecar, motion: motion?.file ?? null }));
    const body: AssetTags = { asset_id: row.id, ...record };
    return c.json(body, 200, { 'Cache-Control': 'private, no-cache' });
  });
}

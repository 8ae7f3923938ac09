import { Hono, type Context } from 'hono';
import type { VideoState } from '../../contract/entities.ts';
import type { AppContext } from '../app-context.ts';
import { notFound } from '../http/errors.ts';
import type { PlayableVideo } from '../media/media.ts';
import { sendFile } from '../media/send-file.ts';
import { getAssetRow } from './assets.repo.ts';

/** How soon a player asks again while a copy is being made. */
export const PREPARING_RETRY_SECONDS = 1;

/**
 * A video streamed with ranges (206, `Accept-Ranges`), or `202 {"status": "preparing"}` while
 * its H.264 copy is made. A `<video>` can't wait on a 202, so the gallery first asks the same
 * URL for JSON (`Accept: application/json`, which no video element sends): `ready` or
 * `preparing`; asking starts the copy.
 */
function sendVideo(c: Context, video: PlayableVideo): Response {
  const noStore = { 'Cache-Control': 'no-store' };
  if (video.status === 'preparing') {
    const state: VideoState = { status: 'preparing', retry_after_seconds: PREPARING_RETRY_SECONDS };
    return c.json(state, 202, { ...noStore, 'Retry-After': String(PREPARING_RETRY_SECONDS) });
  }
  if (c.req.header('Accept')?.includes('application/json') && !c.req.header('Range')) {
    const state: VideoState = { status: 'ready', retry_after_seconds: null };
    return c.json(state, 200, noStore);
  }
  return sendFile(c, video.file, {
    'Content-Type': video.mimeType,
    'Cache-Control': 'private, max-age=3600',
  });
}

export function videoRoutes(ctx: AppContext) {
  const { db, media } = ctx;
  return new Hono()
    .get('/:id/video', async (c) => {
      const row = getAssetRow(db, c.req.param('id'));
      if (!row) throw notFound('Asset not found');
      return sendVideo(c, await media.playableVideo(row));
    })
    .get('/:id/live-video', async (c) => {
      const row = getAssetRow(db, c.req.param('id'));
      if (!row) throw notFound('Asset not found');
      return sendVideo(c, await media.liveVideo(row));
    });
}

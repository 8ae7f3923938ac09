import { Hono, type Context } from 'hono';
import type { AppContext } from '../app-context.ts';
import { notFound } from '../http/errors.ts';
import type { PlayableVideo } from '../media/media.ts';
import { sendFile } from '../media/send-file.ts';
import { getAssetRow } from './assets.repo.ts';

/** How soon a player asks again while a copy is being made. */
export const PREPARING_RETRY_SECONDS = 1;

/**
 * A video streamed with ranges (206, `Accept-Ranges`), or `202 {"status": "preparing"}` while
 * its H.264 copy is made: a `<video>` can't wait on a 202, so the player asks first and sets
 * its source once this answers with the bytes.
 */
function sendVideo(c: Context, video: PlayableVideo): Response {
  if (video.status === 'preparing') {
    return c.json({ status: 'preparing', retry_after_seconds: PREPARING_RETRY_SECONDS }, 202, {
      'Retry-After': String(PREPARING_RETRY_SECONDS),
      'Cache-Control': 'no-store',
    });
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

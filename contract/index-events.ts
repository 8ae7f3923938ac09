/**
 * The local server's live feed (`GET /api/events`, ours, not Gumnut's): Server-Sent Events telling
 * an open gallery that the index changed (photos added, changed, moved or removed by whatever
 * wrote the index). The gateway has no feed: it answers 404, and the gallery doesn't live-update.
 */
import { z } from 'zod/mini';

export const INDEX_EVENTS_PATH = '/api/events';
/** The one event the feed sends: first on connecting (the state then), then on every change. */
export const INDEX_CHANGED_EVENT = 'index-changed';

export const IndexChanged = z.object({
  /** Goes up on every change a gallery could show; only compare it for equality. */
  generation: z.int(),
  /** Photos and videos a whole-library timeline shows (a stack counts once). */
  asset_count: z.int(),
});
export type IndexChanged = z.infer<typeof IndexChanged>;

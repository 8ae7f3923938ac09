import { Hono } from 'hono';
import { albumRoutes } from './albums/albums.routes.ts';
import type { AppContext } from './app-context.ts';
import { assetRoutes } from './assets/assets.routes.ts';
import { assetTagRoutes } from './assets/asset-tags.routes.ts';
import { assetSummaryRoutes, serverRoutes } from './assets/summaries.routes.ts';
import { videoRoutes } from './assets/video.routes.ts';
import type { Db } from './db/open-db.ts';
import { downloadRoutes } from './downloads/downloads.routes.ts';
import { eventRoutes } from './events/events.routes.ts';
import type { IndexPoller } from './events/index-poller.ts';
import { faceRoutes } from './faces/faces.routes.ts';
import { localMediaUrls } from './http/urls.ts';
import { libraryRoutes } from './libraries/libraries.routes.ts';
import { createFileMedia } from './media/file-media.ts';
import type { Media } from './media/media.ts';
import { personRoutes } from './people/people.routes.ts';
import { createShell, type ShellOptions } from './web/shell.ts';

/** Gallery, access key and error reporting are the shell's (web/shell.ts); media is the app's. */
export interface AppOptions extends Pick<ShellOptions, 'galleryDir' | 'accessKey' | 'onError'> {
  /** What turns assets into bytes; by default the photo files, cached in `imageCacheDir`. */
  media?: Media;
  /** Where rendered thumbnails are cached when `media` isn't given; null renders every time (tests). */
  imageCacheDir?: string | null;
  /** The live feed's poller (server/events): given by a server that ends the feeds when it stops. */
  poller?: IndexPoller;
}

/**
 * The Gumnut-compatible API over an index database. The database is a parameter, never a
 * module singleton, so tests build as many apps as they like over in-memory databases.
 */
export function createApp(db: Db, options: AppOptions = {}) {
  const media = options.media ?? createFileMedia({ db, cacheDir: options.imageCacheDir ?? null });
  const ctx: AppContext = { db, media, urls: localMediaUrls };
  const api = new Hono()
    .route('/libraries', libraryRoutes(ctx))
    .route('/assets', assetSummaryRoutes(ctx))
    .route('/assets', downloadRoutes(ctx))
    .route('/assets', assetRoutes(ctx))
    .route('/assets', videoRoutes(ctx))
    .route('/assets', assetTagRoutes(ctx))
    .route('/albums', albumRoutes(ctx))
    .route('/people', personRoutes(ctx))
    .route('/faces', faceRoutes(ctx))
    .route('/server', serverRoutes())
    .route('/events', eventRoutes(ctx, { poller: options.poller }));

  const { galleryDir, accessKey, onError } = options;
  return createShell(api, { galleryDir, accessKey, onError });
}

export type App = ReturnType<typeof createApp>;

import { Hono } from 'hono';
import { albumRoutes } from './albums/albums.routes.ts';
import type { AppContext } from './app-context.ts';
import { assetRoutes } from './assets/assets.routes.ts';
import { installAccess } from './auth/sign-in.routes.ts';
import type { Db } from './db/open-db.ts';
import { faceRoutes } from './faces/faces.routes.ts';
import { httpErrorOf } from './http/errors.ts';
import { ImageCache } from './http/image-cache.ts';
import { localMediaUrls } from './http/urls.ts';
import { libraryRoutes } from './libraries/libraries.routes.ts';
import { personRoutes } from './people/people.routes.ts';
import { securityHeaders, serveGallery } from './web/serve-gallery.ts';

export interface AppOptions {
  /** Where rendered thumbnails are cached; null renders every time (tests). */
  imageCacheDir?: string | null;
  /** The built gallery to serve on the same origin; none when null (API only). */
  galleryDir?: string | null;
  /** Called with unexpected errors (they answer 500 without a stack trace). */
  onError?: (error: unknown) => void;
  /**
   * When set, every request (API, images, gallery) needs this key: as `Authorization: Bearer KEY`
   * or through the session cookie `/sign-in` sets. None when null: for a server on loopback only.
   */
  accessKey?: string | null;
}

/**
 * The Gumnut-compatible API over an index database. The database is a parameter, never a
 * module singleton, so tests build as many apps as they like over in-memory databases.
 */
export function createApp(db: Db, options: AppOptions = {}) {
  const ctx: AppContext = { db, images: new ImageCache(options.imageCacheDir ?? null), urls: localMediaUrls };
  const api = new Hono()
    .route('/libraries', libraryRoutes(ctx))
    .route('/assets', assetRoutes(ctx))
    .route('/albums', albumRoutes(ctx))
    .route('/people', personRoutes(ctx))
    .route('/faces', faceRoutes(ctx));

  const app = new Hono();
  app.use('*', securityHeaders());
  if (options.accessKey) installAccess(app, options.accessKey);
  app.use('/api/*', async (c, next) => {
    // A read-only API: anything but GET/HEAD is refused, as FastAPI words it.
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') {
      return c.json({ detail: 'Method Not Allowed' }, 405, { Allow: 'GET, HEAD' });
    }
    return next();
  });
  app.route('/api', api);
  if (options.galleryDir) serveGallery(app, options.galleryDir);
  app.notFound((c) => c.json({ detail: 'Not Found' }, 404));
  app.onError((error, c) => {
    const http = httpErrorOf(error);
    if (http) return c.json({ detail: http.detail }, http.status);
    options.onError?.(error);
    return c.json({ detail: 'Internal Server Error' }, 500);
  });
  return app;
}

export type App = ReturnType<typeof createApp>;

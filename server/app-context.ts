import type { Db } from './db/open-db.ts';
import type { ImageCache } from './http/image-cache.ts';

/** What every route module gets: the database and the rendered-image cache. */
export interface AppContext {
  db: Db;
  images: ImageCache;
}

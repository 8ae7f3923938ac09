import type { MediaUrls } from './db/media-urls.ts';
import type { Db } from './db/open-db.ts';
import type { ImageCache } from './http/image-cache.ts';

/** What every route module gets: the database, the rendered-image cache and the image URLs. */
export interface AppContext {
  db: Db;
  images: ImageCache;
  /** The image URLs responses carry; the routes hand them to the repos' row mappers. */
  urls: MediaUrls;
}

import type { MediaUrls } from './db/media-urls.ts';
import type { Db } from './db/open-db.ts';
import type { Media } from './media/media.ts';

/** What every route module gets: the database, the media that turns assets into bytes, and the image URLs. */
export interface AppContext {
  db: Db;
  media: Media;
  /** The image URLs responses carry; the routes hand them to the repos' row mappers. */
  urls: MediaUrls;
}

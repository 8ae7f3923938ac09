import type { Db } from './db/open-db.ts';
import type { Media } from './media/media.ts';

/** What every route module gets: the database and the media that turns assets into bytes. */
export interface AppContext {
  db: Db;
  media: Media;
}

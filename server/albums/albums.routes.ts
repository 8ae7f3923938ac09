import { Hono } from 'hono';
import type { AppContext } from '../app-context.ts';
import { listAlbumAssets } from '../assets/assets.repo.ts';
import { notFound } from '../http/errors.ts';
import { validateQuery } from '../http/validate.ts';
import { ALBUM_LIST_PARAMS, AlbumListQuery } from './album-query.ts';
import { getAlbum, listAlbums } from './albums.repo.ts';

export function albumRoutes({ db, urls }: AppContext) {
  return new Hono()
    .get('/', (c) => c.json(listAlbums(db, validateQuery(c, AlbumListQuery, ALBUM_LIST_PARAMS), urls)))
    .get('/:id', (c) => {
      const album = getAlbum(db, c.req.param('id'), urls);
      if (!album) throw notFound('Album not found');
      return c.json(album);
    })
    .get('/:id/assets', (c) => {
      const id = c.req.param('id');
      if (!getAlbum(db, id, urls)) throw notFound('Album not found');
      return c.json(listAlbumAssets(db, id, urls));
    });
}

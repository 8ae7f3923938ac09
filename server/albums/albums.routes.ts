import { Hono } from 'hono';
import { AlbumListQuery } from '../../contract/queries.ts';
import type { AppContext } from '../app-context.ts';
import { listAlbumAssets } from '../assets/assets.repo.ts';
import { notFound } from '../http/errors.ts';
import { validateQuery } from '../http/validate.ts';
import { getAlbum, listAlbums } from './albums.repo.ts';

export function albumRoutes({ db, urls }: AppContext) {
  return new Hono()
    .get('/', (c) => c.json(listAlbums(db, validateQuery(c, AlbumListQuery), urls)))
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

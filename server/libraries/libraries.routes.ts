import { Hono } from 'hono';
import type { AppContext } from '../app-context.ts';
import { notFound } from '../http/errors.ts';
import { getLibrary, listLibraries } from './libraries.repo.ts';

export function libraryRoutes({ db }: AppContext) {
  return new Hono()
    .get('/', (c) => c.json(listLibraries(db)))
    .get('/:id', (c) => {
      const library = getLibrary(db, c.req.param('id'));
      if (!library) throw notFound('Library not found');
      return c.json(library);
    });
}

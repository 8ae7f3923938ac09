import { Hono } from 'hono';
import { PersonListQuery } from '../../contract/queries.ts';
import type { AppContext } from '../app-context.ts';
import { notFound } from '../http/errors.ts';
import { validateInclude } from '../http/include.ts';
import { validateQuery } from '../http/validate.ts';
import { getPerson, listPeople } from './people.repo.ts';

export function personRoutes({ db, urls }: AppContext) {
  return new Hono()
    .get('/', (c) => {
      const query = validateQuery(c, PersonListQuery);
      validateInclude(c);
      return c.json(listPeople(db, query, urls));
    })
    .get('/:id', (c) => {
      const person = getPerson(db, c.req.param('id'), urls);
      if (!person) throw notFound('Person not found');
      return c.json(person);
    });
}

import { Hono } from 'hono';
import type { AppContext } from '../app-context.ts';
import { notFound } from '../http/errors.ts';
import { validateInclude } from '../http/include.ts';
import { validateQuery } from '../http/validate.ts';
import { PERSON_LIST_PARAMS, PersonListQuery } from './person-query.ts';
import { getPerson, listPeople } from './people.repo.ts';

export function personRoutes({ db, urls }: AppContext) {
  return new Hono()
    .get('/', (c) => {
      const query = validateQuery(c, PersonListQuery, PERSON_LIST_PARAMS);
      validateInclude(c);
      return c.json(listPeople(db, query, urls));
    })
    .get('/:id', (c) => {
      const person = getPerson(db, c.req.param('id'), urls);
      if (!person) throw notFound('Person not found');
      return c.json(person);
    });
}

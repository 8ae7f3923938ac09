import { describe, expect, it } from 'vitest';
import { seedLibrary } from '../testing/seed.ts';
import { createTestApp, getJson } from '../testing/test-app.ts';

const { db, app } = createTestApp();
const { assetIds } = seedLibrary(db, { assets: 3, albums: 1, people: 1 });
const paths = ['/api/assets', `/api/assets/${assetIds[0]}`, '/api/people', '/api/faces'];

describe('include= on assets, people and faces', () => {
  it.each(paths)('%s takes every value, repeated or comma-joined, and answers the superset', async (p) => {
    const plain = await getJson(app, p);
    for (const q of [
      'include=metadata,faces,people',
      'include=metrics&include=file_data&include=variants',
      'include=',
    ]) {
      const res = await getJson(app, `${p}?${q}`);
      expect(res.status, q).toBe(200);
      expect(res.body).toEqual(plain.body);
    }
  });

  it.each(paths)('%s answers 422 at ["query", "include"] for an unknown value, wherever it is', async (p) => {
    for (const q of ['include=bogus', 'include=metadata,bogus', 'include=bogus&include=metadata']) {
      const res = await getJson(app, `${p}?${q}`);
      expect(res.status, q).toBe(422);
      expect(res.body.detail[0]).toMatchObject({ loc: ['query', 'include'], type: 'enum' });
    }
  });
});

import { describe, expect, it } from 'vitest';
import { Library, LibraryList } from '../../contract/entities.ts';
import { seedLibrary } from '../testing/seed.ts';
import { createTestApp, getJson } from '../testing/test-app.ts';

describe('libraries', () => {
  it('lists every library as a bare array and gets one', async () => {
    const { db, app } = createTestApp();
    expect((await getJson(app, '/api/libraries')).body).toEqual([]);
    const a = seedLibrary(db, { assets: 1, root: '/photos/a', name: 'A' });
    seedLibrary(db, { assets: 1, root: '/photos/b', name: 'B' });
    const list = LibraryList.parse((await getJson(app, '/api/libraries')).body);
    expect(list.map((l) => l.name).sort()).toEqual(['A', 'B']);
    expect(Library.parse((await getJson(app, `/api/libraries/${a.libraryId}`)).body).name).toBe('A');
    expect(await getJson(app, '/api/libraries/lib_2222222222222222222222')).toEqual({
      status: 404,
      body: { detail: 'Library not found' },
    });
  });

  it('never exposes the folder path', async () => {
    const { db, app } = createTestApp();
    seedLibrary(db, { assets: 1, root: '/secret/place' });
    expect(JSON.stringify((await getJson(app, '/api/libraries')).body)).not.toContain('/secret/place');
  });

  it('answers unknown API paths with a JSON 404', async () => {
    const { app } = createTestApp();
    expect(await getJson(app, '/api/nothing-here')).toEqual({ status: 404, body: { detail: 'Not Found' } });
  });
});

/**
 * A person's avatar is their largest face, found after each indexing run by one index seek
 * (migration 17): at 100k faces, sorting every person's faces took ~425 ms a run.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb, type Db } from '../db/open-db.ts';
import { writePhotoFolder } from '../testing/photo-folder.ts';
import { indexLibrary } from './index-library.ts';
import { LARGEST_FACE_SQL } from './index.repo.ts';

let dir: string;
let db: Db;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'avatar-'));
  await writePhotoFolder(dir, { count: 24, albums: 2, width: 200, height: 100 });
  db = openDb(':memory:');
  await indexLibrary(db, dir);
}, 60_000);

afterAll(async () => {
  db.close();
  await rm(dir, { recursive: true, force: true });
});

describe("a person's avatar", () => {
  it('is their largest face (ties broken by id)', () => {
    const people = db.prepare('SELECT id, thumbnail_face_id FROM people').all() as {
      id: string;
      thumbnail_face_id: string;
    }[];
    expect(people.length).toBeGreaterThan(1);
    for (const person of people) {
      const faces = db.prepare('SELECT id, w * h AS area FROM faces WHERE person_id = ?').all(person.id) as {
        id: string;
        area: number;
      }[];
      const largest = [...faces].sort((a, b) => b.area - a.area || (a.id < b.id ? -1 : 1))[0]!;
      expect(person.thumbnail_face_id).toBe(largest.id);
    }
  });

  it('is found by a seek in the faces_person_area index, not a sort', () => {
    const plan = (db.prepare(`EXPLAIN QUERY PLAN ${LARGEST_FACE_SQL}`).all('person') as { detail: string }[])
      .map((row) => row.detail)
      .join('\n');
    expect(plan).toContain('faces_person_area');
    expect(plan).not.toContain('TEMP B-TREE');
  });
});

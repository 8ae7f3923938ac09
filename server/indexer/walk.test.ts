import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inWalkScope, normaliseScope, sidecarNameFor, walkPhotos } from './walk.ts';

describe('sidecarNameFor', () => {
  it.each([
    ['IMG_1.CR2', ['IMG_1.CR2.xmp'], 'IMG_1.CR2.xmp'],
    ['IMG_1.CR2', ['IMG_1.xmp'], 'IMG_1.xmp'],
    ['IMG_1.CR2', ['IMG_1.CR2.xmp', 'IMG_1.xmp'], 'IMG_1.CR2.xmp'], // darktable's name wins
    ['IMG_1.CR2', ['IMG_1.xmp', 'img_1.cr2.XMP'], 'img_1.cr2.XMP'], // case-insensitive
    ['img_1.jpg', ['IMG_1.XMP'], 'IMG_1.XMP'],
    ['IMG_1.CR2', ['IMG_10.xmp', 'IMG_1.JPG.xmp'], null], // another file's sidecars
    ['IMG_1.jpg', ['IMG_1.jpg.xmp.xmp'], null],
    ['IMG_1.jpg', ['IMG_1.XMP', 'img_1.xmp'], 'IMG_1.XMP'], // first in code-point order
    ['IMG_1.jpg', [], null],
  ])('%s among %j → %s', (media, names, expected) => {
    expect(sidecarNameFor(media, names)).toBe(expected);
  });
});

describe('walk scopes', () => {
  it.each([
    [null, 'a/b/x.jpg', true],
    [{ folders: ['a'], trees: [] }, 'a/x.jpg', true],
    [{ folders: ['a'], trees: [] }, 'a/b/x.jpg', false],
    [{ folders: [''], trees: [] }, 'x.jpg', true],
    [{ folders: [''], trees: [] }, 'a/x.jpg', false],
    [{ folders: [], trees: ['a'] }, 'a/b/c/x.jpg', true],
    [{ folders: [], trees: ['a'] }, 'ab/x.jpg', false],
    [{ folders: [], trees: [''] }, 'ab/x.jpg', true],
  ])('%j holds %s: %s', (scope, relPath, expected) => {
    expect(inWalkScope(scope, relPath)).toBe(expected);
  });

  it.each([
    [
      { folders: ['a', 'a/b', 'c', 'c'], trees: ['a', 'a/x', 'ab'] },
      { folders: ['c'], trees: ['a', 'ab'] },
    ],
    [
      { folders: ['', 'a'], trees: [''] },
      { folders: [], trees: [''] },
    ],
    [
      { folders: [''], trees: ['a'] },
      { folders: [''], trees: ['a'] },
    ],
  ])('normalises %j to %j', (scope, expected) => {
    expect(normaliseScope(scope)).toEqual(expected);
  });
});

describe('walkPhotos', () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'cs-walk-'));
    await mkdir(path.join(root, 'Trips', 'Lisbon'), { recursive: true });
    for (const name of [
      'IMG_1.CR2',
      'IMG_1.CR2.xmp',
      'IMG_1.xmp',
      'IMG_1.JPG',
      'IMG_2.jpg',
      'img_2.XMP',
      'lone.xmp',
    ])
      await writeFile(path.join(root, 'Trips', name), name);
    await writeFile(path.join(root, 'Trips', 'Lisbon', 'tram.heic'), 'x');
    await writeFile(path.join(root, 'top.jpg'), 'x');
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  it('finds each media file with its sidecar and never lists a sidecar as a file', async () => {
    const found = await walkPhotos(root, () => {});
    expect(found.map((f) => [f.relPath, f.sidecar?.relPath ?? null])).toEqual([
      ['Trips/IMG_1.CR2', 'Trips/IMG_1.CR2.xmp'],
      ['Trips/IMG_1.JPG', 'Trips/IMG_1.xmp'],
      ['Trips/IMG_2.jpg', 'Trips/img_2.XMP'],
      ['Trips/Lisbon/tram.heic', null],
      ['top.jpg', null],
    ]);
    const sidecar = found[0]!.sidecar!;
    expect(sidecar.absPath).toBe(path.join(root, 'Trips', 'IMG_1.CR2.xmp'));
    expect(sidecar.size).toBe('IMG_1.CR2.xmp'.length);
  });

  it('walks only the folders of a scope, and a folder that is gone quietly', async () => {
    const unreadable: string[] = [];
    const found = await walkPhotos(root, (p) => unreadable.push(p), {
      folders: ['', 'Gone'],
      trees: ['Trips/Lisbon'],
    });
    expect(found.map((f) => f.relPath)).toEqual(['Trips/Lisbon/tram.heic', 'top.jpg']);
    expect(unreadable).toEqual([]);
  });
});

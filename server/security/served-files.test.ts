/**
 * Only indexed files inside a library's folder are ever read: symlinks are not followed by the
 * walker, a tampered row can't point outside, a file swapped for a symlink after indexing is
 * refused, and download names can't break out of their header.
 */
import { cp, mkdir, mkdtemp, rm, symlink, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AssetPage } from '../../contract/entities.ts';
import { createApp, type App } from '../app.ts';
import { assetFilePath } from '../media/asset-files.ts';
import { openDb, type Db } from '../db/open-db.ts';
import type { AssetRow } from '../db/rows.ts';
import { attachmentDisposition } from '../http/content-disposition.ts';
import { indexLibrary } from '../indexer/index-library.ts';

const FIXTURES = path.join(import.meta.dirname, '..', 'testing', 'fixtures');

let tmp: string;
let photos: string;
let outside: string;
let db: Db;
let app: App;

const assetRows = () => db.prepare('SELECT * FROM assets ORDER BY rel_path').all() as AssetRow[];
const setColumn = (id: string, column: 'rel_path' | 'original_file_name', value: string) =>
  db.prepare(`UPDATE assets SET ${column} = ? WHERE id = ?`).run(value, id);

beforeEach(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), 'cs-served-'));
  photos = path.join(tmp, 'photos');
  outside = path.join(tmp, 'outside');
  await mkdir(path.join(photos, 'Album'), { recursive: true });
  await mkdir(outside);
  await cp(path.join(FIXTURES, 'Canon_40D.jpg'), path.join(photos, 'Album', 'inside.jpg'));
  // A photo outside the library, reachable through links inside it.
  await cp(path.join(FIXTURES, 'Nikon_D70.jpg'), path.join(outside, 'private.jpg'));
  await symlink(path.join(outside, 'private.jpg'), path.join(photos, 'Album', 'link-to-file.jpg'));
  await symlink('../../outside/private.jpg', path.join(photos, 'Album', 'relative-link.jpg'));
  await symlink(outside, path.join(photos, 'linked-folder'));
  db = openDb(':memory:');
  await indexLibrary(db, photos);
  app = createApp(db, { imageCacheDir: null });
});

afterEach(async () => {
  db.close();
  await rm(tmp, { recursive: true, force: true });
});

/** Both image routes and the download of one asset: all must refuse, saying nothing about paths. */
async function expectRefused(id: string): Promise<void> {
  for (const url of [`/api/assets/${id}/thumbnail`, `/api/assets/${id}/download`]) {
    const res = await app.request(url);
    expect(res.status, url).toBe(404);
    expect(await res.json()).toEqual({ detail: 'Asset file not found' });
  }
}

describe('only indexed files inside the library are served', () => {
  it('skips symlinks to files and folders outside the library', async () => {
    expect(assetRows().map((r) => r.rel_path)).toEqual(['Album/inside.jpg']);
    const page = AssetPage.parse(await (await app.request('/api/assets')).json());
    expect(page.data.map((a) => a.original_file_name)).toEqual(['inside.jpg']);
  });

  it.each([
    '../outside/private.jpg',
    '../../../../../../etc/passwd',
    '/etc/passwd',
    'Album/../../outside/private.jpg',
    '..',
  ])('refuses a row whose rel_path was tampered to %j', async (relPath) => {
    const [row] = assetRows();
    setColumn(row!.id, 'rel_path', relPath);
    expect(assetFilePath(db, { ...row!, rel_path: relPath })).toBeNull();
    await expectRefused(row!.id);
  });

  it('refuses a row pointing at a symlink (a file swapped for a link after indexing)', async () => {
    const [row] = assetRows();
    await unlink(path.join(photos, 'Album', 'inside.jpg'));
    await symlink(path.join(outside, 'private.jpg'), path.join(photos, 'Album', 'inside.jpg'));
    await expectRefused(row!.id);
    setColumn(row!.id, 'rel_path', 'linked-folder/private.jpg');
    await expectRefused(row!.id);
  });

  it('answers 404 when the file is gone, and serves it again when it is back', async () => {
    const [row] = assetRows();
    await rm(path.join(photos, 'Album', 'inside.jpg'));
    await expectRefused(row!.id);
    await cp(path.join(FIXTURES, 'Canon_40D.jpg'), path.join(photos, 'Album', 'inside.jpg'));
    expect((await app.request(`/api/assets/${row!.id}/download`)).status).toBe(200);
  });

  it.each([
    ['CRLF injection', 'x\r\nSet-Cookie: session=evil\r\n.jpg'],
    ['quotes and backslashes', 'a"; filename="evil.exe\\.jpg'],
    ['a lone surrogate', 'broken\uD800name.jpg'],
    ['right-to-left override', 'photo\u202Egpj.exe'],
    ['a very long name', `${'é'.repeat(3000)}.jpg`],
  ])('keeps a download name with %s inside its header', async (_what, name) => {
    const [row] = assetRows();
    setColumn(row!.id, 'original_file_name', name);
    const res = await app.request(`/api/assets/${row!.id}/download`);
    expect(res.status).toBe(200);
    expect(res.headers.get('set-cookie')).toBeNull();
    const header = res.headers.get('content-disposition')!;
    expect(header).toMatch(
      /^attachment; filename="[\x20-\x21\x23-\x5b\x5d-\x7e]*"; filename\*=UTF-8''[A-Za-z0-9%!._~-]*$/,
    );
  });

  it('encodes any name into a one-line ASCII header whose filename* decodes back to it', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (name) => {
        const header = attachmentDisposition(name);
        expect(header).toMatch(/^[\x20-\x7e]*$/);
        const encoded = /filename\*=UTF-8''(.*)$/.exec(header)![1]!;
        expect(decodeURIComponent(encoded)).toBe(name);
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 30 }), (name) => {
        expect(attachmentDisposition(name)).toMatch(
          /^attachment; filename="[^"\\]*"; filename\*=UTF-8''[^\s'"]*$/,
        );
      }),
      { numRuns: 500 },
    );
  });
});

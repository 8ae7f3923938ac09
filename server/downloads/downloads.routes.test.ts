import { cp, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Asset } from '../../contract/entities.ts';
import { createApp } from '../app.ts';
import { openDb, type Db } from '../db/open-db.ts';
import { indexLibrary } from '../indexer/index-library.ts';
import { readZip, sha256Of } from '../testing/read-zip.ts';
import { createFileMedia } from '../media/file-media.ts';
import { downloadBatch, type DownloadCursor } from './downloads.repo.ts';
import { streamZip } from './zip-stream.ts';

const FIXTURES = path.join(import.meta.dirname, '..', 'testing', 'fixtures');

/** Folder A and B are albums; three originals share the name IMG_1.jpg (any case). */
const FILES: [fixture: string, relPath: string][] = [
  ['Canon_40D.jpg', 'A/IMG_1.jpg'],
  ['Nikon_D70.jpg', 'B/IMG_1.jpg'],
  ['Pentax_K10D.jpg', 'B/img_1.JPG'],
  ['Kodak_CX7530.jpg', 'Kodak.jpg'],
  ['Olympus_C8080WZ.jpg', 'Olympus.jpg'],
];

describe('GET /api/assets/download.zip', () => {
  let root: string;
  let db: Db;
  let app: ReturnType<typeof createApp>;
  /** Newest first, as the timeline lists them. */
  let assets: Asset[];
  const bytesOf = new Map<string, string>();

  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'cs-zip-'));
    for (const [fixture, rel] of FILES) {
      await mkdir(path.dirname(path.join(root, rel)), { recursive: true });
      await cp(path.join(FIXTURES, fixture), path.join(root, rel));
    }
    db = openDb(':memory:');
    await indexLibrary(db, root);
    app = createApp(db, { imageCacheDir: null });
    assets = ((await (await app.request('/api/assets?limit=100')).json()) as { data: Asset[] }).data;
    for (const asset of assets) {
      const row = db.prepare('SELECT rel_path FROM assets WHERE id = ?').get(asset.id) as {
        rel_path: string;
      };
      bytesOf.set(asset.id, sha256Of(await readFile(path.join(root, row.rel_path))));
    }
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  const zipOf = async (query: string) => {
    const res = await app.request(`/api/assets/download.zip?${query}`);
    expect(res.status).toBe(200);
    return { res, entries: await readZip(Buffer.from(await res.arrayBuffer())) };
  };

  it('streams the named originals byte for byte, newest first, names de-duplicated', async () => {
    const { res, entries } = await zipOf(`ids=${assets.map((a) => a.id).join(',')}`);
    expect(res.headers.get('content-type')).toBe('application/zip');
    expect(res.headers.get('content-length')).toBeNull();
    expect(res.headers.get('content-disposition')).toContain(
      `filename*=UTF-8''${encodeURIComponent('Contact Sheet – 5 photos.zip')}`,
    );
    expect(entries.map((e) => e.sha256)).toEqual(assets.map((a) => bytesOf.get(a.id)));
    const names = entries.map((e) => e.name);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(5);
    expect(names.filter((n) => /^IMG_1( \([23]\))?\.jpg$/i.test(n))).toHaveLength(3);
    // JPEGs are stored as they are, not deflated again.
    expect(entries.every((e) => e.method === 0)).toBe(true);
  });

  it('names repeats " (2)", " (3)" in the order they come', async () => {
    const dupes = assets.filter((a) => a.original_file_name.toLowerCase() === 'img_1.jpg');
    expect(dupes).toHaveLength(3);
    const { entries } = await zipOf(`ids=${dupes.map((a) => a.id).join(',')}`);
    const expected = dupes.map((a, i) => {
      const dot = a.original_file_name.lastIndexOf('.');
      const [stem, ext] = [a.original_file_name.slice(0, dot), a.original_file_name.slice(dot)];
      return i === 0 ? a.original_file_name : `${stem} (${i + 1})${ext}`;
    });
    expect(entries.map((e) => e.name)).toEqual(expected);
  });

  it('takes the filter form: everything in an album, less exclude_ids', async () => {
    const albums = (await (await app.request('/api/albums')).json()) as {
      data: { id: string; name: string }[];
    };
    const albumB = albums.data.find((a) => a.name === 'B')!;
    const inB = ((await (await app.request(`/api/assets?album_id=${albumB.id}`)).json()) as { data: Asset[] })
      .data;
    expect(inB).toHaveLength(2);
    const all = await zipOf(`all=true&album_id=${albumB.id}`);
    expect(all.entries.map((e) => e.sha256)).toEqual(inB.map((a) => bytesOf.get(a.id)));
    const less = await zipOf(`all=true&album_id=${albumB.id}&exclude_ids=${inB[0]!.id}`);
    expect(less.entries.map((e) => e.sha256)).toEqual([bytesOf.get(inB[1]!.id)]);
    expect(less.res.headers.get('x-asset-count')).toBe('1');
  });

  it('narrows the filter form by an area and by a place, as the timeline is narrowed', async () => {
    const placed = assets[1]!;
    db.prepare(
      `UPDATE assets SET exif_json = json_set(coalesce(exif_json, '{}'), '$.latitude', 38.71, '$.longitude', -9.14,
         '$.country', 'Portugal', '$.city', 'Lisbon') WHERE id = ?`,
    ).run(placed.id);
    try {
      const area = await zipOf('all=true&bbox=-9.2,38.7,-9.1,38.8');
      expect(area.entries.map((e) => e.sha256)).toEqual([bytesOf.get(placed.id)]);
      const places = (await (await app.request('/api/assets/places')).json()) as {
        countries: { country_code: string | null; country: string }[];
      };
      const code = places.countries.find((c) => c.country === 'Portugal')!.country_code ?? 'Portugal';
      const city = await zipOf(`all=true&country_code=${encodeURIComponent(code)}&city=Lisbon`);
      expect(city.entries.map((e) => e.sha256)).toEqual([bytesOf.get(placed.id)]);
      const res = await app.request('/api/assets/download.zip?all=true&city=Lisbon');
      expect(res.status).toBe(422); // a city without its country
    } finally {
      db.prepare(
        `UPDATE assets SET exif_json = json_remove(exif_json, '$.latitude', '$.longitude', '$.country', '$.city')
         WHERE id = ?`,
      ).run(placed.id);
    }
  });

  it('names a zip of one day after the day', async () => {
    const first = assets[0]!;
    const day = first.local_datetime.slice(0, 10);
    const after = new Date(Date.parse(`${day}T00:00:00Z`) - 1).toISOString().slice(0, 23);
    const next = new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 19);
    const { res, entries } = await zipOf(
      `all=true&local_datetime_after=${after}&local_datetime_before=${next}`,
    );
    const onDay = assets.filter((a) => a.local_datetime.startsWith(day));
    expect(entries.map((e) => e.sha256)).toEqual(onDay.map((a) => bytesOf.get(a.id)));
    expect(decodeURIComponent(res.headers.get('content-disposition')!)).toMatch(
      /Contact Sheet – \d+ \w+ \d{4}\.zip$/,
    );
  });

  it('lists an original that cannot be read instead of failing the whole zip', async () => {
    const gone = assets[1]!;
    const row = db.prepare('SELECT rel_path FROM assets WHERE id = ?').get(gone.id) as { rel_path: string };
    const file = path.join(root, row.rel_path);
    const saved = await readFile(file);
    await rm(file);
    try {
      const { entries } = await zipOf(`ids=${assets.map((a) => a.id).join(',')}`);
      expect(entries).toHaveLength(5);
      expect(entries.at(-1)!.name).toBe('Not included.txt');
      expect(entries.slice(0, 4).map((e) => e.sha256)).not.toContain(bytesOf.get(gone.id));
    } finally {
      await cp(path.join(FIXTURES, FILES.find(([, rel]) => rel === row.rel_path)![0]), file);
      expect(sha256Of(await readFile(file))).toBe(sha256Of(saved));
    }
  });

  it.each([
    ['neither ids nor all', '', 'ids'],
    ['both ids and all', 'all=true&ids=ASSET', 'ids'],
    ['a malformed id', 'ids=asset_nope', 'ids'],
    ['more than 1000 ids', 'ids=MANY', 'ids'],
    ['an unreadable bound', 'all=true&local_datetime_after=yesterday', 'local_datetime_after'],
    ['more than 1000 exclusions', 'all=true&exclude_ids=MANY', 'exclude_ids'],
  ])('answers 422 for %s', async (_what, query, param) => {
    const many = Array.from({ length: 1001 }, () => assets[0]!.id).join(',');
    const url = `/api/assets/download.zip?${query.replace('ASSET', assets[0]!.id).replace('MANY', many)}`;
    const res = await app.request(url);
    expect(res.status).toBe(422);
    const body = (await res.json()) as { detail: { loc: string[] }[] };
    expect(body.detail.map((d) => d.loc[1])).toContain(param);
  });

  it('answers 404 when nothing matches', async () => {
    const res = await app.request('/api/assets/download.zip?ids=asset_2222222222222222222222');
    expect(res.status).toBe(404);
  });

  it('reads the assets in batches after a cursor, newest first', () => {
    const selection = { filter: {}, excludeIds: [] };
    const seen: string[] = [];
    let cursor: [string, string] | null = null;
    do {
      const batch = downloadBatch(db, selection, cursor, 2);
      seen.push(...batch.rows.map((r) => r.id));
      cursor = batch.cursor;
    } while (cursor);
    expect(seen).toEqual(assets.map((a) => a.id));
  });

  it('streams a zip added batch by batch, each batch while the one before is written', async () => {
    const selection = { filter: {}, excludeIds: [] };
    let cursor: DownloadCursor | null = null;
    let done = false;
    let batches = 0;
    const body = streamZip(createFileMedia({ db, cacheDir: null }), () => {
      if (done) return [];
      batches++;
      const batch = downloadBatch(db, selection, cursor, 2);
      cursor = batch.cursor;
      done = cursor === null;
      return batch.rows;
    });
    const entries = await readZip(Buffer.from(await new Response(body).arrayBuffer()));
    expect(batches).toBe(3);
    expect(entries.map((e) => e.sha256)).toEqual(assets.map((a) => bytesOf.get(a.id)));
  });

  it('stops reading files when the download is cancelled', async () => {
    const res = await app.request(`/api/assets/download.zip?ids=${assets.map((a) => a.id).join(',')}`);
    const reader = res.body!.getReader();
    expect((await reader.read()).done).toBe(false);
    await reader.cancel();
    // An error left unhandled by the torn-down pipes would fail the run here.
    await new Promise((resolve) => setTimeout(resolve, 100));
    const again = await zipOf(`ids=${assets[0]!.id}`);
    expect(again.entries).toHaveLength(1);
  });
});

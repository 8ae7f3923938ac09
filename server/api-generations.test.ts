/**
 * The local server answers both generations of Gumnut client at once: every answer parses with
 * the 2025 schemas and with the 2026 ones, and the 2026 fields say the same things as the 2025
 * ones beside them (same images, same checksum, same people).
 */
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ID_ALPHABET, THUMBNAIL_EDGE } from '../contract/constants.ts';
import * as api2026 from '../contract/entities-2026.ts';
import * as v2025 from '../contract/entities.ts';
import { createApp } from './app.ts';
import { openDb, type Db } from './db/open-db.ts';
import { indexLibrary } from './indexer/index-library.ts';
import { seedLibrary } from './testing/seed.ts';
import { writeMixedPhotoFolder } from './testing/photo-folder.ts';

let root: string;
let db: Db;
let app: ReturnType<typeof createApp>;

const get = async (url: string): Promise<unknown> => {
  const res = await app.request(url);
  expect(res.status, url).toBe(200);
  return res.json();
};
/** Parse with both generations' schemas; both must accept the very same answer. */
const both = async <A, B>(url: string, old: { parse(v: unknown): A }, current: { parse(v: unknown): B }) => {
  const body = await get(url);
  return { body, v25: old.parse(body), v26: current.parse(body) };
};
const names = (schema: { shape: object }) => Object.keys(schema.shape);

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'cs-generations-'));
  await writeMixedPhotoFolder(root);
  db = openDb(':memory:');
  await indexLibrary(db, root);
  app = createApp(db);
});
afterAll(async () => {
  db.close();
  await rm(root, { recursive: true, force: true });
});

describe('assets in both shapes', () => {
  it('a page parses as 2025 and as 2026, and carries no field neither names', async () => {
    const { body, v25, v26 } = await both('/api/assets', v2025.AssetPage, api2026.AssetPage);
    expect(v25.data).toHaveLength(7);
    expect(v26.data.map((a) => a.id)).toEqual(v25.data.map((a) => a.id));
    const known = new Set([...names(v2025.Asset), ...names(api2026.Asset)]);
    for (const asset of (body as { data: object[] }).data)
      expect(Object.keys(asset).filter((key) => !known.has(key))).toEqual([]);
  });

  it('says the same thing in both: checksum and device fields, Exif and metadata, faces and people', async () => {
    const { v25, v26 } = await both('/api/assets', v2025.AssetPage, api2026.AssetPage);
    v26.data.forEach((asset, i) => {
      const old = v25.data[i]!;
      expect(asset.file_data).toEqual({
        checksum: old.checksum,
        checksum_sha1: null,
        device_asset_id: old.device_asset_id,
        device_id: old.device_id,
        file_created_at: old.file_created_at,
        file_modified_at: old.file_modified_at,
        file_size_bytes: asset.file_size_bytes,
      });
      expect(asset.metadata).toMatchObject({ ...old.exif, asset_id: asset.id, created_at: asset.created_at });
      expect(asset.description).toBe(old.exif?.description ?? null);
      expect([asset.kind, asset.duration, asset.stack_id, asset.trashed_at]).toEqual([
        'original',
        null,
        null,
        null,
      ]);
      expect(asset.current_version_id).toMatch(new RegExp(`^asset_version_[${ID_ALPHABET}]{22}$`));
      expect(asset.thumbhash).toMatch(/^[A-Za-z0-9+/]{8,}=*$/);
      expect(asset.faces!.map((f) => f.id)).toEqual(old.faces!.map((f) => f.id));
      expect(asset.people!.map((p) => p.id)).toEqual(old.people!.map((p) => p.id));
      for (const face of asset.faces!) expect(face).toMatchObject({ source: 'automatic', confidence: null });
    });
    const sizes = await Promise.all(
      (await readdir(root, { recursive: true }))
        .filter((f) => f.endsWith('.jpg'))
        .map((f) => stat(path.join(root, f))),
    );
    expect(v26.data.map((a) => a.file_size_bytes).sort()).toEqual(sizes.map((s) => s.size).sort());
  });

  it('every variant URL serves an image of the width it states; original is the download', async () => {
    const { v25, v26 } = await both('/api/assets?limit=3', v2025.AssetPage, api2026.AssetPage);
    for (const [i, asset] of v26.data.entries()) {
      const urls = asset.asset_urls!;
      expect(urls.original).toEqual({
        url: v25.data[i]!.download_url,
        mimetype: 'image/jpeg',
        width: asset.width,
      });
      for (const size of ['thumbnail', 'small', 'preview', 'fullsize'] as const) {
        const variant = urls[size]!;
        expect(variant.url).toContain(`size=${size}`);
        expect(variant.mimetype).toBe('image/webp');
        const res = await app.request(variant.url);
        expect(res.headers.get('cache-control')).toContain('immutable');
        const meta = await sharp(Buffer.from(await res.arrayBuffer())).metadata();
        expect(meta.width).toBe(variant.width);
        expect(Math.max(meta.width, meta.height)).toBeLessThanOrEqual(THUMBNAIL_EDGE[size]);
      }
      // The 2025 grid thumbnail and the 2026 `thumbnail` variant are the same image.
      const old = await app.request(`${v25.data[i]!.thumbnail_url}&size=thumbnail`);
      const current = await app.request(urls.thumbnail!.url);
      expect(old.headers.get('etag')).toBe(current.headers.get('etag'));
    }
  });

  it('one asset, by id, in both shapes, its version id stable across requests', async () => {
    const first = v2025.AssetPage.parse(await get('/api/assets?limit=1')).data[0]!;
    const { v25, v26 } = await both(`/api/assets/${first.id}`, v2025.Asset, api2026.Asset);
    expect(v25.id).toBe(first.id);
    const again = api2026.Asset.parse(await get(`/api/assets/${first.id}`));
    expect(again.current_version_id).toBe(v26.current_version_id);
  });
});

describe('albums, people, faces and libraries in both shapes', () => {
  it("an album's cover is its newest asset, its dates span its assets", async () => {
    const { v26 } = await both('/api/albums', v2025.AlbumPage, api2026.AlbumPage);
    expect(v26.data.map((a) => a.name).sort()).toEqual(['Family', 'Trip']);
    for (const album of v26.data) {
      const assets = v2025.AssetPage.parse(await get(`/api/assets?album_id=${album.id}`)).data;
      expect(album.asset_count).toBe(assets.length);
      expect(album.album_cover_asset_id).toBe(assets[0]!.id);
      expect(album.asset_urls!.thumbnail!.url).toContain(
        `/api/assets/${assets[0]!.id}/thumbnail?size=thumbnail`,
      );
      expect(album.end_date).toBe(assets[0]!.local_datetime);
      expect(album.start_date).toBe(assets.at(-1)!.local_datetime);
      // The list's own count under its filters (ours) is the one field the detail has no use for.
      const { matching_asset_count: _listOnly, ...listed } = album as typeof album & {
        matching_asset_count?: number;
      };
      expect(api2026.Album.parse(await get(`/api/albums/${album.id}`))).toEqual(listed);
    }
  });

  it("a person's avatar and a face's crop are their `asset_urls` thumbnail", async () => {
    const people = await both('/api/people', v2025.PersonPage, api2026.PersonPage);
    expect(people.v26.data.length).toBe(3);
    people.v26.data.forEach((person, i) => {
      expect(person.asset_urls!.thumbnail!.url).toBe(people.v25.data[i]!.thumbnail_face_url);
      expect(person.asset_count).toBeGreaterThan(0);
    });
    const faces = await both('/api/faces', v2025.FacePage, api2026.FacePage);
    faces.v26.data.forEach((face, i) => {
      expect(face.asset_urls!.thumbnail!.url).toBe(faces.v25.data[i]!.thumbnail_url);
      expect(face).toMatchObject({ source: 'automatic', confidence: null });
    });
    const one = faces.v26.data[0]!;
    expect(api2026.Face.parse(await get(`/api/faces/${one.id}`))).toEqual(one);
  });

  it('a library counts its assets and their bytes', async () => {
    const { v26 } = await both('/api/libraries', v2025.LibraryList, api2026.LibraryList);
    const assets = api2026.AssetPage.parse(await get('/api/assets')).data;
    const bytes = assets.reduce((sum, a) => sum + a.file_size_bytes!, 0);
    expect(v26).toHaveLength(1);
    expect(v26[0]).toMatchObject({ asset_count: 7, storage_used_bytes: bytes, storage_limit_bytes: null });
    expect(api2026.Library.parse(await get(`/api/libraries/${v26[0]!.id}`))).toEqual(v26[0]);
  });
});

describe('place names in metadata', () => {
  it('a country code and a display label from the names the photo carries; null without them', async () => {
    const seeded = openDb(':memory:');
    const { assetIds } = seedLibrary(seeded, { assets: 2, albums: 0, people: 0 });
    app = createApp(seeded);
    const labels = await Promise.all(
      assetIds.map(async (id) => api2026.Asset.parse(await get(`/api/assets/${id}`)).metadata),
    );
    // The seed puts every other photo in Lisbon, Portugal.
    expect(labels.map((m) => [m!.city, m!.country_code, m!.display_label, m!.place_name])).toEqual(
      expect.arrayContaining([
        ['Lisbon', 'PT', 'Lisbon, Portugal', null],
        [null, null, null, null],
      ]),
    );
    app = createApp(db);
    seeded.close();
  });
});

import { describe, expect, it } from 'vitest';
import { Asset, Face, Person } from '../../contract/entities.ts';
import {
  adaptAsset,
  adaptExif,
  adaptFace,
  adaptLibrary,
  adaptPerson,
  assetShapeOf,
  imageVersion,
  variantsOf,
  type AdaptContext,
  type ImageSource,
} from './shape-2026.ts';
import { pageItems, type Raw } from './shape-2026-parse.ts';

const UP = 'https://api.example.test';
const CDN = 'https://cdn.example.test';

function recordingContext() {
  const sunk = new Map<string, ImageSource>();
  const ctx: AdaptContext = {
    resolve: (url) => new URL(url, `${UP}/`).href,
    sink: (kind, id, source) => void sunk.set(`${kind}:${id}`, source),
  };
  return { ctx, sunk };
}

const variant = (name: string, width: number) => ({
  url: `${CDN}/v/${name}?sig=abc`,
  mimetype: 'image/webp',
  width,
});

/** A 2026 asset as the SDKs' AssetResponse describes it, with every include. */
const asset2026: Raw = {
  id: 'asset_A',
  created_at: '2026-05-01T10:00:00Z',
  updated_at: '2026-05-02T10:00:00Z',
  current_version_id: 'asset_version_1',
  kind: 'original',
  file_size_bytes: 1234,
  local_datetime: '2024-06-01T14:30:05+02:00',
  mime_type: 'image/heic',
  original_file_name: 'IMG_0001.HEIC',
  width: 4032,
  height: 3024,
  thumbhash: 'abc',
  description: 'An AI caption, not EXIF',
  asset_urls: {
    thumbnail: variant('thumbnail', 360),
    small: variant('small', 720),
    preview: variant('preview', 1440),
    fullsize: variant('fullsize', 4032),
    original: { url: `${CDN}/v/original?sig=abc&dl=IMG_0001.HEIC`, mimetype: 'image/heic', width: null },
  },
  metadata: {
    asset_id: 'asset_A',
    created_at: '2026-05-01T10:00:00Z',
    updated_at: '2026-05-01T10:00:00Z',
    make: 'Apple',
    model: 'iPhone 15',
    f_number: 1.8,
    exposure_time: 0.004,
    iso: 80,
    latitude: 38.7,
    longitude: -9.14,
    city: 'Lisbon',
    country: 'Portugal',
    country_code: 'PT',
    timezone: 'Europe/Lisbon',
    place_name: 'Praça do Comércio',
    description: 'Camera caption',
    rating: 4,
    raw_width: 4032,
  },
  file_data: {
    checksum: 'c2hhMjU2',
    checksum_sha1: null,
    device_asset_id: 'IMG_0001',
    device_id: 'teds-iphone',
    file_created_at: '2024-06-01T14:30:05+02:00',
    file_modified_at: '2024-06-02T09:00:00+02:00',
    file_size_bytes: 1234,
  },
  faces: [
    {
      id: 'face_F',
      asset_id: 'asset_A',
      person_id: 'person_P',
      bounding_box: { x: 100, y: 200, w: 300, h: 400 },
      asset_urls: { thumbnail: variant('face', 200) },
      created_at: '2026-05-01T10:00:00Z',
      updated_at: '2026-05-01T10:00:00Z',
    },
  ],
  people: [
    {
      id: 'person_P',
      name: 'Ana',
      is_hidden: false,
      is_favorite: true,
      thumbnail_face_id: 'face_F',
      asset_urls: null,
      created_at: 'x',
      updated_at: 'y',
    },
  ],
  metrics: { quality_score: 0.8, aesthetic: null },
};

/** A 2025 asset as the local server (and the mid-2025 cloud) sends it. */
const asset2025: Raw = {
  id: 'asset_B',
  device_asset_id: 'a.jpg',
  device_id: 'dev',
  mime_type: 'image/jpeg',
  original_file_name: 'a.jpg',
  file_created_at: '2024-01-01T00:00:00Z',
  file_modified_at: '2024-01-01T00:00:00Z',
  local_datetime: '2024-01-01T01:00:00+01:00',
  checksum: 'abc=',
  width: 100,
  height: 50,
  exif: { make: 'Canon', model: 'EOS', unknown_field: 'dropped' },
  metrics: null,
  thumbnail_url: '/api/assets/asset_B/thumbnail?v=abc',
  download_url: '/api/assets/asset_B/download',
  faces: [
    {
      id: 'face_G',
      asset_id: 'asset_B',
      bounding_box: { x: 1, y: 2, w: 3, h: 4 },
      thumbnail_url: '/api/faces/face_G/thumbnail',
      created_at: 'c',
      updated_at: 'u',
    },
  ],
  people: [],
  created_at: '2024-01-02T00:00:00Z',
  updated_at: '2024-01-02T00:00:00Z',
};

describe('assetShapeOf', () => {
  it.each([
    ['a 2026 asset with every include', asset2026, '2026'],
    ['a lean 2026 asset (asset_urls only)', { id: 'asset_x', asset_urls: {} }, '2026'],
    ['a 2026 asset with metadata only', { id: 'asset_x', metadata: null }, '2026'],
    ['a 2025 asset', asset2025, '2025'],
    [
      'a 2025 asset whose thumbnail_url is null',
      { id: 'asset_x', thumbnail_url: null, checksum: 'x' },
      '2025',
    ],
    ['an asset with neither marker (lean, no urls)', { id: 'asset_x', mime_type: 'image/jpeg' }, '2026'],
  ])('%s', (_name, raw, expected) => {
    expect(assetShapeOf(raw)).toBe(expected);
  });
});

describe('adaptAsset', () => {
  it('turns a 2026 asset into a contract Asset with our image URLs and nothing of the CDN', () => {
    const { ctx, sunk } = recordingContext();
    const asset = Asset.parse(adaptAsset(asset2026, ctx));
    expect(asset).toMatchObject({
      id: 'asset_A',
      device_asset_id: 'IMG_0001',
      device_id: 'teds-iphone',
      checksum: 'c2hhMjU2',
      mime_type: 'image/heic',
      original_file_name: 'IMG_0001.HEIC',
      file_created_at: '2024-06-01T14:30:05+02:00',
      file_modified_at: '2024-06-02T09:00:00+02:00',
      local_datetime: '2024-06-01T14:30:05+02:00',
      width: 4032,
      height: 3024,
      download_url: '/api/assets/asset_A/download',
      metrics: { quality_score: 0.8, aesthetic: null },
    });
    expect(asset.thumbnail_url).toMatch(/^\/api\/assets\/asset_A\/thumbnail\?v=[\w-]{12}$/);
    expect(JSON.stringify(asset)).not.toContain(CDN);
    expect(sunk.get('asset:asset_A')).toEqual({
      variants: {
        thumbnail: `${CDN}/v/thumbnail?sig=abc`,
        small: `${CDN}/v/small?sig=abc`,
        preview: `${CDN}/v/preview?sig=abc`,
        fullsize: `${CDN}/v/fullsize?sig=abc`,
        original: `${CDN}/v/original?sig=abc&dl=IMG_0001.HEIC`,
      },
      fileName: 'IMG_0001.HEIC',
    });
  });

  it('maps metadata to exif: same-meaning fields kept, 2026-only fields and the AI description left out', () => {
    const { ctx } = recordingContext();
    const exif = adaptAsset(asset2026, ctx).exif!;
    expect(exif).toMatchObject({
      make: 'Apple',
      model: 'iPhone 15',
      f_number: 1.8,
      exposure_time: 0.004,
      iso: 80,
      latitude: 38.7,
      longitude: -9.14,
      city: 'Lisbon',
      country: 'Portugal',
      rating: 4,
    });
    expect(exif.description).toBe('Camera caption');
    expect(exif.lens_model).toBeNull();
    for (const key of ['timezone', 'place_name', 'country_code', 'raw_width', 'asset_id', 'created_at'])
      expect(exif).not.toHaveProperty(key);
  });

  it('adapts embedded faces and people: crops and avatars through our routes', () => {
    const { ctx, sunk } = recordingContext();
    const asset = adaptAsset(asset2026, ctx);
    const face = Face.parse(asset.faces![0]);
    expect(face).toMatchObject({
      id: 'face_F',
      person_id: 'person_P',
      bounding_box: { x: 100, y: 200, w: 300, h: 400 },
    });
    expect(face.thumbnail_url).toMatch(/^\/api\/faces\/face_F\/thumbnail\?v=/);
    expect(sunk.get('face:face_F')?.variants.thumbnail).toBe(`${CDN}/v/face?sig=abc`);
    // Embedded people may lack asset_urls: the avatar URL still exists (our route looks it up).
    const person = Person.parse(asset.people![0]);
    expect(person.thumbnail_face_url).toMatch(/^\/api\/people\/person_P\/thumbnail\?v=/);
    expect(sunk.has('person:person_P')).toBe(false);
  });

  it('keeps a 2025 asset as it was, with its URLs made ours and its sources absolute', () => {
    const { ctx, sunk } = recordingContext();
    const asset = Asset.parse(adaptAsset(asset2025, ctx));
    expect(asset).toMatchObject({
      id: 'asset_B',
      checksum: 'abc=',
      device_asset_id: 'a.jpg',
      exif: { make: 'Canon', model: 'EOS' },
    });
    expect(asset.exif).not.toHaveProperty('unknown_field');
    expect(asset.thumbnail_url).toMatch(/^\/api\/assets\/asset_B\/thumbnail\?v=/);
    expect(sunk.get('asset:asset_B')).toEqual({
      variants: { original: `${UP}/api/assets/asset_B/download` },
      sized: `${UP}/api/assets/asset_B/thumbnail?v=abc`,
      fileName: 'a.jpg',
    });
    expect(sunk.get('face:face_G')?.variants.thumbnail).toBe(`${UP}/api/faces/face_G/thumbnail`);
  });

  it('fills required fields a lean 2026 asset lacks instead of failing the parse', () => {
    const { ctx } = recordingContext();
    const lean = {
      id: 'asset_L',
      created_at: 'c',
      updated_at: 'u',
      local_datetime: 'l',
      mime_type: 'image/jpeg',
      original_file_name: 'x.jpg',
      asset_urls: { thumbnail: variant('t', 360) },
    };
    const asset = Asset.parse(adaptAsset(lean, ctx));
    expect(asset).toMatchObject({
      device_asset_id: '',
      checksum: '',
      file_created_at: 'c',
      exif: null,
      faces: null,
      people: null,
      download_url: null,
    });
    expect(asset.thumbnail_url).not.toBeNull();
  });

  it('an odd face does not take the asset or its other faces with it; the oddity is reported', () => {
    const problems: string[] = [];
    const { ctx } = recordingContext();
    ctx.report = (problem) =>
      problems.push(`${problem.resource} ${problem.id}: ${problem.issues.map((i) => i.path).join(',')}`);
    const faces = [
      { id: 'face_bad', asset_id: 'asset_A', bounding_box: 'everywhere', created_at: 'c', updated_at: 'u' },
      ...(asset2026.faces as Raw[]),
    ];
    const asset = Asset.parse(adaptAsset({ ...asset2026, faces, width: 'wide' }, ctx));
    expect(asset.faces?.map((f) => f.id)).toEqual(['face_bad', 'face_F']);
    expect(asset.faces?.[0]?.bounding_box).toEqual({ x: 0, y: 0, w: 0, h: 0 });
    expect(asset).toMatchObject({ width: null, height: 3024, checksum: 'c2hhMjU2', exif: { make: 'Apple' } });
    expect(problems).toEqual(['asset asset_A: width', 'face face_bad: bounding_box']);
  });

  it('gives no image URLs when the upstream has none', () => {
    const { ctx, sunk } = recordingContext();
    const asset = adaptAsset({ id: 'asset_N', asset_urls: null, metadata: null }, ctx);
    expect(asset.thumbnail_url).toBeNull();
    expect(asset.download_url).toBeNull();
    expect(sunk.size).toBe(0);
  });
});

describe('variantsOf', () => {
  const resolve = (u: string) => u;
  it.each([
    [
      'all five',
      {
        thumbnail: variant('t', 1),
        small: variant('s', 1),
        preview: variant('p', 1),
        fullsize: variant('f', 1),
        original: variant('o', 1),
      },
      { thumbnail: 't', small: 's', preview: 'p', fullsize: 'f', original: 'o' },
    ],
    [
      'thumbnail only (a lean list)',
      { thumbnail: variant('t', 1) },
      { thumbnail: 't', small: 't', preview: 't', fullsize: 't' },
    ],
    [
      'a video: *_image stills and the original clip',
      { thumbnail_image: variant('ti', 1), preview_image: variant('pi', 1), original: variant('o', 1) },
      { thumbnail: 'ti', small: 'pi', preview: 'pi', fullsize: 'pi', original: 'o' },
    ],
    [
      'no preview: fullsize stands in before small',
      { thumbnail: variant('t', 1), small: variant('s', 1), fullsize: variant('f', 1) },
      { thumbnail: 't', small: 's', preview: 'f', fullsize: 'f' },
    ],
    ['original never stands in for a display size', { original: variant('o', 1) }, { original: 'o' }],
  ])('%s', (_name, urls, expected) => {
    const got = variantsOf(urls, { resolve });
    const names = Object.fromEntries(
      Object.entries(got).map(([k, v]) => [k, v.replace(`${CDN}/v/`, '').replace('?sig=abc', '')]),
    );
    expect(names).toEqual(expected);
  });
});

describe('adaptFace, adaptPerson, adaptLibrary, adaptExif, pageItems', () => {
  it('a 2026 person from /api/people has an avatar from its asset_urls', () => {
    const { ctx, sunk } = recordingContext();
    const person = adaptPerson(
      {
        id: 'person_Q',
        name: null,
        is_hidden: false,
        is_favorite: false,
        asset_count: 3,
        asset_urls: { thumbnail: variant('avatar', 200) },
        created_at: 'c',
        updated_at: 'u',
      },
      ctx,
    );
    expect(Person.parse(person)).toMatchObject({ name: null, asset_count: 3 });
    expect(person.thumbnail_face_url).toMatch(/^\/api\/people\/person_Q\/thumbnail\?v=/);
    expect(sunk.get('person:person_Q')?.variants.thumbnail).toBe(`${CDN}/v/avatar?sig=abc`);
  });
  it('a person with no face has no avatar', () => {
    const { ctx } = recordingContext();
    expect(
      adaptPerson(
        { id: 'person_R', is_hidden: true, is_favorite: false, created_at: 'c', updated_at: 'u' },
        ctx,
      ).thumbnail_face_url,
    ).toBeNull();
  });
  it('a face with no image has no thumbnail_url', () => {
    const { ctx } = recordingContext();
    expect(
      adaptFace(
        {
          id: 'face_X',
          asset_id: 'asset_A',
          bounding_box: { x: 1, y: 1, w: 1, h: 1 },
          created_at: 'c',
          updated_at: 'u',
        },
        ctx,
      ).thumbnail_url,
    ).toBeNull();
  });
  it('a 2026 library keeps the contract fields, the owner standing in for user_id', () => {
    const lib = adaptLibrary({
      id: 'lib_1',
      name: 'Mine',
      asset_count: 9,
      owner: { id: 'user_9' },
      role: 'owner',
      created_at: 'c',
      updated_at: 'u',
    });
    expect(lib).toEqual({
      id: 'lib_1',
      name: 'Mine',
      description: null,
      user_id: 'user_9',
      created_at: 'c',
      updated_at: 'u',
      // The 2026 fields beside them, as the local server answers a library.
      asset_count: 9,
      storage_used_bytes: null,
      storage_limit_bytes: null,
    });
  });
  it('exif from nothing is null', () => {
    expect(adaptExif(null)).toBeNull();
  });
  it.each([
    ['a page', { data: [{ id: 'a' }], has_more: true }, { data: [{ id: 'a' }], hasMore: true }],
    ['a bare array', [{ id: 'a' }, 'junk'], { data: [{ id: 'a' }], hasMore: false }],
    ['not a page', { detail: 'x' }, null],
  ])('pageItems: %s', (_name, body, expected) => {
    expect(pageItems(body)).toEqual(expected);
  });
  it('image versions change when the upstream URL changes', () => {
    const a = imageVersion({ variants: { thumbnail: `${CDN}/1` } });
    expect(a).toMatch(/^[\w-]{12}$/);
    expect(imageVersion({ variants: { thumbnail: `${CDN}/2` } })).not.toBe(a);
    expect(imageVersion({ variants: { thumbnail: `${CDN}/1` } })).toBe(a);
  });
});

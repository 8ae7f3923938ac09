import { describe, expect, it } from 'vitest';
import * as api2026 from './entities-2026.ts';

const CDN = 'https://cdn.example.test';
const variant = (name: string, width: number | null, mimetype = 'image/webp') => ({
  url: `${CDN}/v/${name}?sig=abc`,
  mimetype,
  width,
});
const core = {
  created_at: '2026-05-01T10:00:00Z',
  updated_at: '2026-05-02T10:00:00Z',
  kind: 'original',
  file_size_bytes: 2_345_678,
  description: null,
  thumbhash: 'HBkSHYSIeHiPiHh8eJd4eTN0EEQG',
  stack_id: null,
  trashed_at: null,
};

/** A photo with every include, as `GET /api/assets/{id}?include=…` answers. */
const photo = {
  ...core,
  id: 'asset_A',
  current_version_id: 'asset_version_1',
  local_datetime: '2024-06-01T14:30:05+02:00',
  mime_type: 'image/heic',
  original_file_name: 'IMG_0001.HEIC',
  width: 4032,
  height: 3024,
  duration: null,
  asset_urls: {
    thumbnail: variant('thumbnail', 360),
    small: variant('small', 720),
    preview: variant('preview', 1440),
    fullsize: variant('fullsize', 4032),
    original: variant('original', null, 'image/heic'),
    poster_xl: variant('poster_xl', 2000), // a variant added later: dropped, not refused
  },
  metadata: {
    asset_id: 'asset_A',
    created_at: '2026-05-01T10:00:00Z',
    updated_at: '2026-05-01T10:00:00Z',
    make: 'Apple',
    model: 'iPhone 15',
    f_number: 1.8,
    iso: 80,
    latitude: 38.7,
    longitude: -9.14,
    city: 'Lisbon',
    country: 'Portugal',
    country_code: 'PT',
    place_name: 'Praça do Comércio',
    display_label: 'Praça do Comércio, Lisbon, Portugal',
    timezone: 'Europe/Lisbon',
    raw_width: 4032,
    some_future_field: true,
  },
  file_data: {
    checksum: 'c2hhMjU2',
    checksum_sha1: null,
    device_asset_id: 'IMG_0001',
    device_id: 'teds-iphone',
    file_created_at: '2024-06-01T14:30:05+02:00',
    file_modified_at: '2024-06-02T09:00:00+02:00',
    file_size_bytes: 2_345_678,
  },
  faces: [
    {
      id: 'face_F',
      asset_id: 'asset_A',
      person_id: 'person_P',
      bounding_box: { x: 100, y: 200, w: 300, h: 400 },
      source: 'automatic',
      confidence: 0.98,
      asset_urls: { thumbnail: variant('face', 200) },
      cluster_assignment: { distance: 0.2 },
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
      asset_count: 12,
      asset_urls: null, // embedded people may come without their avatar
      created_at: '2026-05-01T10:00:00Z',
      updated_at: '2026-05-01T10:00:00Z',
    },
  ],
  metrics: { quality_score: 0.8, aesthetic: null },
};

/** A video with variants: the clip as `original`, stills as `*_image`. */
const video = {
  ...core,
  id: 'asset_V',
  current_version_id: 'asset_version_2',
  local_datetime: '2024-06-01T15:00:00',
  mime_type: 'video/mp4',
  original_file_name: 'IMG_0002.MOV',
  width: 1920,
  height: 1080,
  duration: 12.5,
  asset_urls: {
    original: variant('clip', null, 'video/mp4'),
    thumbnail_image: variant('ti', 360),
    preview_image: variant('pi', 1440),
  },
  metadata: {
    asset_id: 'asset_V',
    created_at: '2026-05-01T10:00:00Z',
    updated_at: '2026-05-01T10:00:00Z',
    fps: 29.97,
  },
  file_data: null,
  faces: [],
  people: [],
  metrics: null,
};

/** A listed asset without `include=`: the core, the lean thumbnail, and null for the rest. */
const lean = {
  ...core,
  id: 'asset_L',
  current_version_id: 'asset_version_3',
  local_datetime: '2024-06-01T16:00:00Z',
  mime_type: 'image/jpeg',
  original_file_name: 'a.jpg',
  width: 100,
  height: 50,
  asset_urls: { thumbnail: variant('t', 360) },
  metadata: null,
  file_data: null,
  faces: null,
  people: null,
  metrics: null,
};

describe('the 2026 Asset', () => {
  it('parses a photo with every include, keeping the 2025 Exif fields and the new location names', () => {
    const asset = api2026.Asset.parse(photo);
    expect(asset.metadata).toMatchObject({
      make: 'Apple',
      f_number: 1.8,
      country_code: 'PT',
      place_name: 'Praça do Comércio',
    });
    expect(asset.metadata?.display_label).toBe('Praça do Comércio, Lisbon, Portugal');
    expect(asset.file_data?.checksum).toBe('c2hhMjU2');
    expect(asset.asset_urls?.preview).toEqual(variant('preview', 1440));
    expect(asset.faces?.[0]).toMatchObject({
      source: 'automatic',
      confidence: 0.98,
      cluster_assignment: { distance: 0.2 },
    });
    expect(asset.people?.[0]).toMatchObject({ asset_count: 12, asset_urls: null });
    expect(asset.thumbhash).toBe('HBkSHYSIeHiPiHh8eJd4eTN0EEQG');
  });

  it('strips what it does not know: later variants and metadata fields', () => {
    const asset = api2026.Asset.parse(photo);
    expect(asset.asset_urls).not.toHaveProperty('poster_xl');
    expect(asset.metadata).not.toHaveProperty('some_future_field');
  });

  it('parses a video: duration, fps and the *_image stills', () => {
    const asset = api2026.Asset.parse(video);
    expect(asset).toMatchObject({ duration: 12.5, mime_type: 'video/mp4', faces: [], people: [] });
    expect(asset.metadata?.fps).toBe(29.97);
    expect(Object.keys(asset.asset_urls ?? {}).sort()).toEqual([
      'original',
      'preview_image',
      'thumbnail_image',
    ]);
  });

  it('parses a lean asset, and one that leaves the include-only fields out instead of null', () => {
    expect(api2026.Asset.parse(lean)).toMatchObject({ id: 'asset_L', metadata: null, faces: null });
    const { metadata: _m, file_data: _f, faces: _fa, people: _p, metrics: _me, ...bare } = lean;
    expect(api2026.Asset.safeParse(bare).success).toBe(true);
  });

  it.each([
    ['no id', { ...lean, id: undefined }, ['id']],
    ['no local_datetime', { ...lean, local_datetime: undefined }, ['local_datetime']],
    ['an empty local_datetime', { ...lean, local_datetime: '' }, ['local_datetime']],
    ['no kind (the version fields are core)', { ...lean, kind: undefined }, ['kind']],
    ['a fractional width', { ...lean, width: 100.5 }, ['width']],
    [
      'a variant without url',
      { ...lean, asset_urls: { thumbnail: { mimetype: 'image/webp', width: 360 } } },
      ['asset_urls', 'thumbnail', 'url'],
    ],
    [
      'metadata without its asset_id',
      { ...lean, metadata: { created_at: 'c', updated_at: 'u' } },
      ['metadata', 'asset_id'],
    ],
    [
      'file_data without a checksum',
      { ...photo, file_data: { ...photo.file_data, checksum: undefined } },
      ['file_data', 'checksum'],
    ],
    [
      'a face without a box',
      { ...photo, faces: [{ ...photo.faces[0], bounding_box: undefined }] },
      ['faces', 0, 'bounding_box'],
    ],
    ['faces as an object', { ...lean, faces: {} }, ['faces']],
  ])('refuses an asset with %s', (_name, payload, path) => {
    const result = api2026.Asset.safeParse(payload);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path)).toContainEqual(path);
  });
});

describe('the other 2026 resources', () => {
  const dates = { created_at: '2026-01-01T00:00:00Z', updated_at: '2026-01-02T00:00:00Z' };

  it('an album has a required asset_count, its cover and its date span', () => {
    const album = {
      id: 'album_1',
      name: 'Trip',
      description: null,
      album_cover_asset_id: 'asset_A',
      start_date: '2024-06-01T10:00:00',
      end_date: '2024-06-09T18:00:00',
      asset_urls: { thumbnail: variant('cover', 360) },
      ...dates,
    };
    expect(api2026.Album.parse({ ...album, asset_count: 3 })).toMatchObject({
      asset_count: 3,
      album_cover_asset_id: 'asset_A',
    });
    expect(api2026.Album.safeParse(album).success).toBe(false);
  });

  it('a person has an avatar in asset_urls and clustering figures; unnamed is name null', () => {
    const person = {
      id: 'person_Q',
      name: null,
      is_hidden: false,
      is_favorite: false,
      asset_count: 3,
      asset_urls: { thumbnail: variant('avatar', 200) },
      cluster_metrics: { cohesion: 0.7 },
      ...dates,
    };
    expect(api2026.Person.parse(person)).toMatchObject({ name: null, cluster_metrics: { cohesion: 0.7 } });
    expect(api2026.Person.safeParse({ ...person, is_hidden: undefined }).success).toBe(false);
  });

  it('a library may name its owner instead of user_id, and carries its storage figures', () => {
    const library = {
      id: 'lib_1',
      name: 'Mine',
      owner: { id: 'user_9' },
      role: 'owner',
      asset_count: 9,
      storage_used_bytes: 1e9,
      storage_limit_bytes: null,
      ...dates,
    };
    expect(api2026.Library.parse(library)).toEqual({
      id: 'lib_1',
      name: 'Mine',
      owner: { id: 'user_9' },
      asset_count: 9,
      storage_used_bytes: 1e9,
      storage_limit_bytes: null,
      ...dates,
    });
    expect(api2026.LibraryList.safeParse([{ ...library, name: undefined }]).success).toBe(false);
  });

  it('a face without a source or confidence (a manual one from an older client) parses', () => {
    const face = { id: 'face_M', asset_id: 'asset_A', bounding_box: { x: 1, y: 2, w: 3, h: 4 }, ...dates };
    expect(api2026.Face.parse(face)).toEqual(face);
  });

  it.each([
    ['a page of assets', api2026.AssetPage, { data: [lean], has_more: true }, true],
    ['a page without has_more', api2026.AssetPage, { data: [lean] }, false],
    [
      'month counts',
      api2026.AssetCounts,
      { data: [{ time_bucket: '2024-06-01T00:00:00', count: 412 }], has_more: false },
      true,
    ],
    [
      'a fractional count',
      api2026.AssetCounts,
      { data: [{ time_bucket: '2024-06-01T00:00:00', count: 4.5 }], has_more: false },
      false,
    ],
    [
      'geo clusters',
      api2026.GeoClusters,
      { data: [{ latitude: 38.7, longitude: -9.1, count: 5, representative_asset_id: 'asset_A' }] },
      true,
    ],
    [
      'a cluster without its cover',
      api2026.GeoClusters,
      { data: [{ latitude: 38.7, longitude: -9.1, count: 5 }] },
      false,
    ],
  ] as const)('%s', (_name, schema, payload, ok) => {
    expect(schema.safeParse(payload).success).toBe(ok);
  });
});

import { describe, expect, it } from 'vitest';
import type { MediaUrls } from './media-urls.ts';
import { stableId } from '../ids.ts';
import {
  assetVersionId,
  toAsset,
  toFace,
  toPerson,
  type AssetRow,
  type FaceRow,
  type PersonRow,
} from './rows.ts';

/** A builder unlike the server's, so a URL the mapper made up itself would show. */
const urls: MediaUrls = {
  assetThumbnail: (asset) => `thumb:${asset.id}:${asset.checksum}`,
  assetImage: (asset, size) => `image:${asset.id}:${size}`,
  assetDownload: (asset) => `original:${asset.id}`,
  faceThumbnail: (faceId) => `face:${faceId}`,
};

const at = '2026-01-02T03:04:05.000Z';

describe('row mappers take their image URLs from the builder they are given', () => {
  it('an asset: thumbnail and download', () => {
    const row: AssetRow = {
      id: 'asset_1',
      library_id: 'lib_1',
      rel_path: 'a.jpg',
      file_size: 1,
      file_mtime_ms: 0,
      checksum: 'c+/=',
      mime_type: 'image/jpeg',
      original_file_name: 'a.jpg',
      file_created_at: at,
      file_modified_at: at,
      local_datetime: '2026-01-02T03:04:05',
      sort_key: 'k',
      width: 10,
      height: 10,
      exif_json: null,
      created_at: at,
      updated_at: at,
    };
    const asset = toAsset(row, [], [], urls);
    expect(asset.thumbnail_url).toBe('thumb:asset_1:c+/=');
    expect(asset.download_url).toBe('original:asset_1');
  });

  it("a face's crop, and a person's through their thumbnail face (none without one)", () => {
    const face: FaceRow = {
      id: 'face_1',
      asset_id: 'asset_1',
      person_id: null,
      x: 0,
      y: 0,
      w: 1,
      h: 1,
      created_at: at,
      updated_at: at,
    };
    expect(toFace(face, urls).thumbnail_url).toBe('face:face_1');
    const person: PersonRow = {
      id: 'person_1',
      name: 'Ana',
      birth_date: null,
      is_hidden: 0,
      is_favorite: 0,
      thumbnail_face_id: 'face_1',
      asset_count: 1,
      created_at: at,
      updated_at: at,
    };
    expect(toPerson(person, urls).thumbnail_face_url).toBe('face:face_1');
    expect(toPerson({ ...person, thumbnail_face_id: null }, urls).thumbnail_face_url).toBeNull();
  });
});

describe('assetVersionId', () => {
  it('is the same for the same content and new for new content, however often it is asked', () => {
    const first = assetVersionId({ id: 'asset_a', checksum: 'c1' });
    expect(assetVersionId({ id: 'asset_a', checksum: 'c1' })).toBe(first);
    expect(first).toBe(stableId('asset_version', 'asset_a:c1'));
    expect(assetVersionId({ id: 'asset_a', checksum: 'c2' })).not.toBe(first);
    // Past what it remembers, it still answers the same.
    for (let i = 0; i < 60_000; i++) assetVersionId({ id: `asset_${i}`, checksum: 'c' });
    expect(assetVersionId({ id: 'asset_a', checksum: 'c1' })).toBe(first);
  });
});

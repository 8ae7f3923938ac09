import { describe, expect, it } from 'vitest';
import { localMediaUrls } from './urls.ts';

describe("the local server's image URLs", () => {
  it('version the thumbnail by the checksum and name the routes that serve each image', () => {
    const asset = { id: 'asset_1', checksum: 'ab+/cd=ef0123456789' };
    expect(localMediaUrls.assetThumbnail(asset)).toBe('/api/assets/asset_1/thumbnail?v=abcdef012345');
    expect(localMediaUrls.assetDownload(asset)).toBe('/api/assets/asset_1/download');
    expect(localMediaUrls.faceThumbnail('face_1')).toBe('/api/faces/face_1/thumbnail');
  });
});

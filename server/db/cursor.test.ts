import { describe, expect, it } from 'vitest';
import { listAssets } from '../assets/assets.repo.ts';
import { InvalidParameterError } from '../errors.ts';
import { seedLibrary } from '../testing/seed.ts';
import { createdAtCursor } from './cursor.ts';
import type { MediaUrls } from './media-urls.ts';
import { openDb } from './open-db.ts';

const urls: MediaUrls = {
  assetThumbnail: () => '',
  assetImage: () => '',
  assetDownload: () => '',
  faceThumbnail: () => '',
};

describe('an unknown cursor id, in the data layer', () => {
  const db = openDb(':memory:');
  const seeded = seedLibrary(db, { assets: 3, albums: 1, people: 1 });

  it('is an invalid starting_after_id (a domain error, not an HTTP answer)', () => {
    const unknown = 'album_2222222222222222222222';
    expect(() => createdAtCursor(db, 'albums', unknown)).toThrow(InvalidParameterError);
    expect(() => createdAtCursor(db, 'albums', unknown)).toThrow(
      expect.objectContaining({ param: 'starting_after_id', input: unknown, type: 'value_error' }),
    );
  });

  it('is the same error for the asset list, and a known id is a position', () => {
    expect(() =>
      listAssets(db, { limit: 10, starting_after_id: 'asset_2222222222222222222222' }, urls),
    ).toThrow(expect.objectContaining({ name: 'InvalidParameterError', param: 'starting_after_id' }));
    expect(createdAtCursor(db, 'albums', seeded.albumIds[0]!)[1]).toBe(seeded.albumIds[0]);
  });
});

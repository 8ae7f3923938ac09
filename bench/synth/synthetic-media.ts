/**
 * The benchmarks' Media: assets of a synthetic library (written by `bench/synth/write-db.ts`,
 * with no files behind them) get drawn images (`synthetic-image.ts`), cached like real renders
 * under the same keys, so the cache and ETags behave as they do for photos; every other library's
 * assets are the product's file media.
 */
import type { Db } from '../../server/db/open-db.ts';
import type { AssetRow } from '../../server/db/rows.ts';
import { NotFoundError, UnrenderableError } from '../../server/errors.ts';
import { getLibraryRow } from '../../server/libraries/libraries.repo.ts';
import { createFileMedia } from '../../server/media/file-media.ts';
import { assetImageKey, faceCropKey, ImageCache } from '../../server/media/image-cache.ts';
import type { Media } from '../../server/media/media.ts';
import { renderSyntheticFaceCrop, renderSyntheticThumbnail } from './synthetic-image.ts';

/** A library whose `root_path` starts with this was generated, not indexed from a folder. */
export const SYNTHETIC_ROOT_PREFIX = 'synthetic:';

const isSyntheticRoot = (rootPath: string) => rootPath.startsWith(SYNTHETIC_ROOT_PREFIX);

/** True when the index holds a generated library: it has no folder to index. */
export function hasSyntheticLibrary(db: Db): boolean {
  const sql = 'SELECT 1 FROM libraries WHERE substr(root_path, 1, ?) = ? LIMIT 1';
  return db.prepare(sql).get(SYNTHETIC_ROOT_PREFIX.length, SYNTHETIC_ROOT_PREFIX) !== undefined;
}

export function createSyntheticMedia({ db, cacheDir }: { db: Db; cacheDir: string | null }): Media {
  const files = createFileMedia({ db, cacheDir });
  const cache = new ImageCache(cacheDir);
  const isSynthetic = (asset: AssetRow) => {
    const library = getLibraryRow(db, asset.library_id);
    return library !== undefined && isSyntheticRoot(library.root_path);
  };
  return {
    async assetImage(asset, size) {
      if (!isSynthetic(asset)) return files.assetImage(asset, size);
      const key = assetImageKey(asset.id, asset.checksum, size);
      return { bytes: await cache.get(key, () => renderSyntheticThumbnail(asset, size)), key };
    },
    async faceCrop(face, asset) {
      if (!isSynthetic(asset)) return files.faceCrop(face, asset);
      const key = faceCropKey(face, asset.checksum);
      if (asset.width === null || asset.height === null)
        throw new UnrenderableError('This photo cannot be rendered');
      return { bytes: await cache.get(key, () => renderSyntheticFaceCrop(face)), key };
    },
    async original(asset) {
      if (isSynthetic(asset)) throw new NotFoundError('A synthetic asset has no original file to download');
      return files.original(asset);
    },
    // Synthetic assets are all photos; a folder library's videos play as the product's do.
    playableVideo: (asset) => files.playableVideo(asset),
    liveVideo: (asset) => files.liveVideo(asset),
    storeThumbnail: (asset, bytes) => files.storeThumbnail(asset, bytes),
  };
}

import { readFile } from 'node:fs/promises';
import type { Db } from '../db/open-db.ts';
import type { AssetRow } from '../db/rows.ts';
import { UnrenderableError } from '../errors.ts';
import { openableAssetFile, renderFromOriginal } from './asset-files.ts';
import { assetImageKey, faceCropKey, ImageCache } from './image-cache.ts';
import type { Media } from './media.ts';
import { isRawFile, rawPreview } from './raw-preview.ts';
import { renderFaceCrop, renderThumbnail } from './render-image.ts';

export interface FileMediaOptions {
  db: Db;
  /** Where rendered images are cached; null renders every time (tests). */
  cacheDir: string | null;
}

/** Media read from the indexed photo files, rendered by sharp and cached under `cacheDir`. */
export function createFileMedia({ db, cacheDir }: FileMediaOptions): Media {
  const cache = new ImageCache(cacheDir);
  /**
   * What renders are made from: the file, or a RAW's embedded JPEG, pulled out once and cached
   * like a render (ExifTool takes ~50-100 ms a file; the original is never written).
   */
  const pictureOf = async (asset: AssetRow, file: string): Promise<string | Buffer> => {
    if (!isRawFile(asset.rel_path)) return file;
    const key = assetImageKey(asset.id, asset.checksum, 'raw-preview');
    return cache.get(key, async () => (await rawPreview(file)) ?? (await readFile(file)));
  };
  return {
    async assetImage(asset, size) {
      const key = assetImageKey(asset.id, asset.checksum, size);
      const bytes = await cache.get(key, () =>
        renderFromOriginal(db, asset, async (file) => renderThumbnail(await pictureOf(asset, file), size)),
      );
      return { bytes, key };
    },
    async faceCrop(face, asset) {
      const key = faceCropKey(face, asset.checksum);
      const { width, height } = asset;
      // The face box is in pixels of the displayed original: without its size there is no crop.
      if (width === null || height === null) throw new UnrenderableError('This photo cannot be rendered');
      const bytes = await cache.get(key, () =>
        renderFromOriginal(db, asset, async (file) =>
          renderFaceCrop(await pictureOf(asset, file), face, width, height),
        ),
      );
      return { bytes, key };
    },
    original: (asset) => openableAssetFile(db, asset),
    storeThumbnail: (asset, bytes) => cache.put(assetImageKey(asset.id, asset.checksum, 'thumbnail'), bytes),
  };
}

import { readFile } from 'node:fs/promises';
import { getLiveMotion } from '../assets/live-motions.repo.ts';
import type { Db } from '../db/open-db.ts';
import type { AssetRow } from '../db/rows.ts';
import { NotFoundError, UnrenderableError } from '../errors.ts';
import { openableAssetFile, renderFromOriginal } from './asset-files.ts';
import { assetImageKey, faceCropKey, ImageCache } from './image-cache.ts';
import type { Media, PlayableVideo } from './media.ts';
import { isRawFile, rawPreview } from './raw-preview.ts';
import { renderFaceCrop, renderThumbnail } from './render-image.ts';
import { posterOrPlaceholder } from './video-poster.ts';
import { VideoProxies } from './video-proxy.ts';

export interface FileMediaOptions {
  db: Db;
  /** Where rendered images are cached; null renders every time (tests). */
  cacheDir: string | null;
  /** The ffmpeg binary; `$CONTACT_SHEET_FFMPEG` or `ffmpeg` from the PATH by default. */
  ffmpeg?: string;
}

const isVideo = (asset: Pick<AssetRow, 'mime_type'>) => asset.mime_type.startsWith('video/');

/** Media read from the indexed photo files, rendered by sharp and cached under `cacheDir`. */
export function createFileMedia({ db, cacheDir, ffmpeg }: FileMediaOptions): Media {
  const cache = new ImageCache(cacheDir);
  const proxies = new VideoProxies(cacheDir, ffmpeg);

  /**
   * What renders are made from: the file, or a RAW's embedded JPEG, pulled out once and cached
   * like a render (ExifTool takes ~50-100 ms a file; the original is never written).
   */
  const pictureOf = async (asset: AssetRow, file: string): Promise<string | Buffer> => {
    if (!isRawFile(asset.rel_path)) return file;
    const key = assetImageKey(asset.id, asset.checksum, 'raw-preview');
    return cache.get(key, async () => (await rawPreview(file)) ?? (await readFile(file)));
  };

  /** A video's stills come from its poster frame, itself cached (ffmpeg is the slow part). */
  const sourceOf = async (asset: AssetRow): Promise<string | Buffer> => {
    const { file } = await openableAssetFile(db, asset);
    if (!isVideo(asset)) return pictureOf(asset, file);
    return cache.get(assetImageKey(asset.id, asset.checksum, 'poster'), async () => {
      try {
        return (await posterOrPlaceholder(file, asset.duration ?? null, ffmpeg)).bytes;
      } catch {
        throw new UnrenderableError('This video cannot be shown');
      }
    });
  };
  async function playable(
    source: Pick<AssetRow, 'id' | 'checksum' | 'library_id' | 'rel_path' | 'mime_type'>,
    browserPlayable: boolean,
  ): Promise<PlayableVideo> {
    const original = await openableAssetFile(db, source);
    if (browserPlayable) return { status: 'ready', file: original, mimeType: source.mime_type };
    const state = await proxies.request(source, original.file);
    if (state.status === 'failed')
      throw new UnrenderableError(`This video cannot be played: ${state.reason}`);
    return state.status === 'ready' ? { status: 'ready', file: state.file, mimeType: 'video/mp4' } : state;
  }

  return {
    async assetImage(asset, size) {
      const key = assetImageKey(asset.id, asset.checksum, size);
      const bytes = await cache.get(key, async () => {
        const source = await sourceOf(asset);
        return renderFromOriginal(db, asset, () => renderThumbnail(source, size));
      });
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
    async playableVideo(asset) {
      if (!isVideo(asset)) throw new NotFoundError('This asset is not a video');
      return playable(asset, asset.video_playable === 1);
    },
    async liveVideo(asset) {
      const motion = asset.live_motion_id ? getLiveMotion(db, asset.live_motion_id) : undefined;
      if (!motion) throw new NotFoundError('This photo has no motion');
      return playable(motion, motion.video_playable === 1);
    },
    storeThumbnail: (asset, bytes) => cache.put(assetImageKey(asset.id, asset.checksum, 'thumbnail'), bytes),
  };
}

import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { FaceRow } from '../db/rows.ts';
// The same version tag as the thumbnail URL's `?v=`, so cache file names follow the photo's content.
import { thumbnailVersion } from './content-version.ts';

/** The cache key of an asset's rendered size: changes with the file's content. */
export const assetImageKey = (assetId: string, checksum: string, size: string) =>
  `${assetId}-${size}-${thumbnailVersion(checksum)}`;

/** The cache key of a face's crop: changes with the photo's content and with the face's box. */
export const faceCropKey = (face: Pick<FaceRow, 'id' | 'x' | 'y' | 'w' | 'h'>, checksum: string) =>
  `${face.id}-face-${thumbnailVersion(checksum)}-${face.x}-${face.y}-${face.w}-${face.h}`;

/**
 * Rendered images (thumbnails, previews, face crops) cached as files under the data folder.
 * A render is done once: concurrent requests for the same key share one promise, and a file is
 * written under a temporary name then renamed, so a crash never leaves a half-written image.
 */
export class ImageCache {
  private readonly inFlight = new Map<string, Promise<Buffer>>();

  constructor(private readonly dir: string | null) {}

  async get(key: string, render: () => Promise<Buffer>): Promise<Buffer> {
    const pending = this.inFlight.get(key);
    if (pending) return pending;
    const work = this.load(key, render).finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, work);
    return work;
  }

  /** Store an image rendered elsewhere (the indexer renders grid thumbnails as it reads files). */
  async put(key: string, bytes: Buffer): Promise<void> {
    if (this.dir) await this.write(this.fileOf(key), bytes);
  }

  private fileOf(key: string): string {
    return path.join(this.dir!, key.slice(0, 2), `${key}.webp`);
  }

  private async load(key: string, render: () => Promise<Buffer>): Promise<Buffer> {
    if (!this.dir) return render();
    const file = this.fileOf(key);
    try {
      return await readFile(file);
    } catch {
      // Not cached yet.
    }
    const bytes = await render();
    await this.write(file, bytes);
    return bytes;
  }

  private async write(file: string, bytes: Buffer): Promise<void> {
    await mkdir(path.dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    await writeFile(tmp, bytes);
    await rename(tmp, file);
  }
}

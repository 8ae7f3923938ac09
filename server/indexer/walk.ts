import { opendir, stat } from 'node:fs/promises';
import path from 'node:path';
import { RAW_EXTENSIONS } from '../media/raw-preview.ts';

/** File extensions the indexer treats as photos (lower case, with the dot). */
export const PHOTO_EXTENSIONS = new Set([
  '.jpg',
  '.jpeg',
  '.png',
  '.webp',
  '.heic',
  '.heif',
  '.hif',
  '.avif',
  '.tif',
  '.tiff',
  '.gif',
  ...RAW_EXTENSIONS,
]);

/** File extensions the indexer treats as videos (issue 12): posters and playback, see index-video.ts. */
export const VIDEO_EXTENSIONS = new Set(['.mp4', '.mov', '.m4v', '.3gp', '.mkv', '.webm', '.avi']);

export const isVideoPath = (relPath: string) => VIDEO_EXTENSIONS.has(path.extname(relPath).toLowerCase());

export interface FoundFile {
  /** Path relative to the root, with `/` separators whatever the platform. */
  relPath: string;
  absPath: string;
  size: number;
  mtimeMs: number;
  birthtimeMs: number;
}

const isIndexedName = (name: string) => {
  const extension = path.extname(name).toLowerCase();
  return PHOTO_EXTENSIONS.has(extension) || VIDEO_EXTENSIONS.has(extension);
};

/**
 * Every photo and video file under a root, in a stable order. Hidden files and folders (`.thumbnails`,
 * `.DS_Store`…) are skipped, and so are symlinks: following them could leave the library root.
 */
export async function walkPhotos(
  root: string,
  onUnreadable: (relPath: string, reason: string) => void,
): Promise<FoundFile[]> {
  const found: FoundFile[] = [];
  async function visit(dir: string): Promise<void> {
    let handle;
    try {
      handle = await opendir(dir);
    } catch (error) {
      onUnreadable(path.relative(root, dir) || '.', (error as Error).message);
      return;
    }
    const entries = [];
    for await (const entry of handle) entries.push(entry);
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const abs = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        await visit(abs);
      } else if (entry.isFile() && isIndexedName(entry.name)) {
        const relPath = path.relative(root, abs).split(path.sep).join('/');
        try {
          const info = await stat(abs);
          found.push({
            relPath,
            absPath: abs,
            size: info.size,
            mtimeMs: info.mtimeMs,
            birthtimeMs: info.birthtimeMs,
          });
        } catch (error) {
          onUnreadable(relPath, (error as Error).message);
        }
      }
    }
  }
  await visit(root);
  return found;
}

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

/** An XMP sidecar beside a media file (issue 13): never an asset, it re-indexes its file when it changes. */
export interface Sidecar {
  absPath: string;
  relPath: string;
  size: number;
  mtimeMs: number;
}

export interface FoundFile {
  /** Path relative to the root, with `/` separators whatever the platform. */
  relPath: string;
  absPath: string;
  size: number;
  mtimeMs: number;
  birthtimeMs: number;
  sidecar?: Sidecar | null;
}

const isIndexedName = (name: string) => {
  const extension = path.extname(name).toLowerCase();
  return PHOTO_EXTENSIONS.has(extension) || VIDEO_EXTENSIONS.has(extension);
};

/**
 * The sidecar of a media file among the `.xmp` names of its folder (matched case-insensitively):
 * `IMG_1.CR2.xmp` (darktable, and Lightroom for some formats) wins over `IMG_1.xmp` (Lightroom,
 * digiKam's other setting); `names` is in code-point order, so the first of two spellings that
 * differ only in case is taken, the same on every run. Pure.
 */
export function sidecarNameFor(mediaName: string, names: readonly string[]): string | null {
  const full = `${mediaName}.xmp`.toLowerCase();
  const base = `${mediaName.slice(0, mediaName.length - path.extname(mediaName).length)}.xmp`.toLowerCase();
  return names.find((n) => n.toLowerCase() === full) ?? names.find((n) => n.toLowerCase() === base) ?? null;
}

/**
 * Which part of a library a walk looks at: the files directly in `folders`, and everything under
 * `trees` (`''` is the root). A watched library indexes only the folders its events name.
 */
export interface WalkScope {
  folders: string[];
  trees: string[];
}

const isUnder = (relPath: string, tree: string) => tree === '' || relPath.startsWith(`${tree}/`);
const folderOf = (relPath: string) => path.posix.dirname(relPath).replace(/^\.$/, '');

/** Whether a file's relative path is in a scope (all of the library without one). Pure. */
export function inWalkScope(scope: WalkScope | null | undefined, relPath: string): boolean {
  if (!scope) return true;
  return scope.trees.some((t) => isUnder(relPath, t)) || scope.folders.includes(folderOf(relPath));
}

/** A scope without overlaps (a tree inside another, a folder inside a tree), so no file is walked twice. Pure. */
export function normaliseScope(scope: WalkScope): WalkScope {
  const trees = [...new Set(scope.trees)].sort();
  const outer = trees.filter((t) => !trees.some((o) => o !== t && isUnder(t, o)));
  const inTree = (folder: string) => outer.some((t) => folder === t || isUnder(folder, t));
  const folders = [...new Set(scope.folders)].filter((f) => !inTree(f)).sort();
  return { folders, trees: outer };
}

/**
 * Every photo and video file under a root (or in a scope of it), in a stable order, each with its
 * XMP sidecar if one lies beside it. Hidden files and folders (`.thumbnails`, `.DS_Store`…) are
 * skipped, and so are symlinks: following them could leave the library root.
 */
export async function walkPhotos(
  root: string,
  onUnreadable: (relPath: string, reason: string) => void,
  scope?: WalkScope | null,
): Promise<FoundFile[]> {
  const found: FoundFile[] = [];
  const statOf = async (abs: string, relPath: string) => {
    try {
      return await stat(abs);
    } catch (error) {
      // Gone between listing and stat (a watched folder changes under us): the next event says so.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') onUnreadable(relPath, (error as Error).message);
      return null;
    }
  };
  async function visit(dir: string, recursive: boolean): Promise<void> {
    let handle;
    try {
      handle = await opendir(dir);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (dir === root || (code !== 'ENOENT' && code !== 'ENOTDIR'))
        onUnreadable(path.relative(root, dir) || '.', (error as Error).message);
      return;
    }
    const entries = [];
    for await (const entry of handle) if (!entry.name.startsWith('.')) entries.push(entry);
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const xmpNames = entries.filter((e) => e.isFile() && /\.xmp$/i.test(e.name)).map((e) => e.name);
    const relOf = (abs: string) => path.relative(root, abs).split(path.sep).join('/');
    // A folder's files are stat'ed at once (in order of their names): one at a time, a 20k-file
    // rescan waited on 20k thread-pool round trips.
    const media = entries.filter((e) => e.isFile() && isIndexedName(e.name));
    const stats = new Map(
      await Promise.all(
        media.map(async (entry) => {
          const abs = path.join(dir, entry.name);
          const sidecarName = sidecarNameFor(entry.name, xmpNames);
          const sidecarAbs = sidecarName ? path.join(dir, sidecarName) : null;
          const [info, sidecarInfo] = await Promise.all([
            statOf(abs, relOf(abs)),
            sidecarAbs ? statOf(sidecarAbs, relOf(sidecarAbs)) : null,
          ]);
          return [entry.name, { info, sidecarAbs, sidecarInfo }] as const;
        }),
      ),
    );
    for (const entry of entries) {
      const abs = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (recursive) await visit(abs, true);
        continue;
      }
      const { info, sidecarAbs, sidecarInfo } = stats.get(entry.name) ?? {};
      if (!info) continue;
      found.push({
        relPath: relOf(abs),
        absPath: abs,
        size: info.size,
        mtimeMs: info.mtimeMs,
        birthtimeMs: info.birthtimeMs,
        sidecar:
          sidecarAbs && sidecarInfo
            ? {
                absPath: sidecarAbs,
                relPath: relOf(sidecarAbs),
                size: sidecarInfo.size,
                mtimeMs: sidecarInfo.mtimeMs,
              }
            : null,
      });
    }
  }
  if (!scope) {
    await visit(root, true);
    return found;
  }
  const { folders, trees } = normaliseScope(scope);
  for (const tree of trees) await visit(path.join(root, tree), true);
  for (const folder of folders) await visit(path.join(root, folder), false);
  return found;
}

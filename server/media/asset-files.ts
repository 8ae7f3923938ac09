import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Db } from '../db/open-db.ts';
import type { AssetRow } from '../db/rows.ts';
import { NotFoundError, UnrenderableError } from '../errors.ts';
import { getLibraryRow } from '../libraries/libraries.repo.ts';

/**
 * The absolute path of an indexed asset's original. Only paths the indexer stored are ever
 * opened: the route never takes a path from the request, and the joined path must stay inside
 * the library root (a row tampered to `../x` gets null).
 */
export function assetFilePath(db: Db, asset: Pick<AssetRow, 'library_id' | 'rel_path'>): string | null {
  const library = getLibraryRow(db, asset.library_id);
  if (!library) return null;
  const root = path.resolve(library.root_path);
  const file = path.resolve(root, asset.rel_path);
  return file.startsWith(root + path.sep) ? file : null;
}

/**
 * The original's path, ready to open: it must still be a regular file and, once every symlink is
 * resolved, still inside the library root. The walker never follows symlinks, but a file can be
 * swapped for one after indexing; reading through it could serve anything the server can read.
 * Anything else is a NotFoundError (a 404) that names no server path.
 */
export async function openableAssetFile(
  db: Db,
  asset: Pick<AssetRow, 'library_id' | 'rel_path'>,
): Promise<{ file: string; size: number }> {
  const file = assetFilePath(db, asset);
  const library = file ? getLibraryRow(db, asset.library_id) : undefined;
  if (file && library) {
    const [real, realRoot, info] = await Promise.all([
      realpath(file).catch(() => null),
      realpath(library.root_path).catch(() => null),
      stat(file).catch(() => null),
    ]);
    if (real && realRoot && info?.isFile() && real.startsWith(realRoot + path.sep))
      return { file: real, size: info.size };
  }
  throw new NotFoundError('Asset file not found');
}

/**
 * Render an image from an asset's original. A photo that can't be decoded is an
 * UnrenderableError (a 422: asking again won't help, so clients that retry 5xx don't), with a
 * message that leaks no server path: renderer messages carry the absolute file name.
 */
export async function renderFromOriginal(
  db: Db,
  asset: AssetRow,
  render: (file: string) => Promise<Buffer>,
): Promise<Buffer> {
  const { file } = await openableAssetFile(db, asset);
  try {
    return await render(file);
  } catch {
    throw new UnrenderableError('This photo cannot be rendered');
  }
}

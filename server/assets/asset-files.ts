import path from 'node:path';
import type { Db } from '../db/open-db.ts';
import type { AssetRow } from '../db/rows.ts';
import { getLibraryRow } from '../libraries/libraries.repo.ts';

/**
 * The absolute path of an indexed asset's original. Only paths the indexer stored are ever
 * opened: the route never takes a path from the request, and the joined path must stay inside
 * the library root.
 */
export function assetFilePath(db: Db, asset: AssetRow): string | null {
  const library = getLibraryRow(db, asset.library_id);
  if (!library) return null;
  const root = path.resolve(library.root_path);
  const file = path.resolve(root, asset.rel_path);
  return file.startsWith(root + path.sep) ? file : null;
}

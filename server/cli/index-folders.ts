import { access } from 'node:fs/promises';
import type { Db } from '../db/open-db.ts';
import { indexLibrary } from '../indexer/index-library.ts';
import { createProgress } from '../indexer/progress.ts';
import { deleteLibrariesExcept } from '../libraries/libraries.repo.ts';
import type { Media } from '../media/media.ts';

/**
 * Index each root as a library, rendering grid thumbnails as files are indexed so the first
 * scroll through the gallery doesn't wait on them. Libraries from earlier runs whose folders
 * aren't served now are dropped from the index (the photos themselves are never touched).
 */
export async function indexFolders(
  db: Db,
  roots: string[],
  media: Pick<Media, 'storeThumbnail'>,
): Promise<void> {
  for (const root of roots) {
    await access(root).catch(() => {
      throw new Error(`Photo folder not found: ${root}`);
    });
  }
  deleteLibrariesExcept(db, roots);

  for (const root of roots) {
    const progress = createProgress(process.stderr, `Indexing ${root}`);
    const report = await indexLibrary(db, root, {
      onProgress: (done, total) => progress.tick(done, total),
      onFailure: (relPath, reason) => progress.warn(`skipped ${relPath}: ${reason}`),
      media,
    });
    progress.done(
      `${root}: ${report.total} photos (${report.added} new, ${report.updated} changed, ${report.moved} moved, ` +
        `${report.removed} removed, ${report.unchanged} unchanged, ${report.failed.length} skipped)`,
    );
  }
}

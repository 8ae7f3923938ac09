/**
 * Index photo folders into a database and exit, without serving:
 *
 *   node --import tsx server/testing/index-cli.ts --db FILE --photos DIR [--photos DIR…] [--cache DIR]
 *
 * It prints `progress <done> <total>` for every file, then a JSON report per folder, one per line.
 * It exists so that indexing can run (and be killed) as a process of its own: the crash-safety
 * test SIGKILLs it mid-run and checks the index a rerun leaves behind.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openDb } from '../db/open-db.ts';
import { createFileMedia } from '../media/file-media.ts';
import { indexLibrary } from '../indexer/index-library.ts';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      db: { type: 'string' },
      photos: { type: 'string', multiple: true },
      cache: { type: 'string' },
    },
    strict: true,
  });
  if (!values.db || !values.photos?.length) {
    throw new Error('Usage: index-cli --db FILE --photos DIR [--photos DIR…] [--cache DIR]');
  }
  const db = openDb(values.db);
  const media = values.cache ? createFileMedia({ db, cacheDir: values.cache }) : null;
  try {
    for (const root of values.photos) {
      const report = await indexLibrary(db, path.resolve(root), {
        onProgress: (done, total) => process.stdout.write(`progress ${done} ${total}\n`),
        onFailure: (relPath, reason) => process.stderr.write(`skipped ${relPath}: ${reason}\n`),
        media,
      });
      process.stdout.write(`${JSON.stringify(report)}\n`);
    }
  } finally {
    db.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});

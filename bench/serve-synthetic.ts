/**
 * The server over a benchmark data folder: `npm start`'s serving (`server/cli/serve.ts`, same
 * flags but --upstream) with media that draws the images of synthetic libraries, which have no
 * files. A folder holding a synthetic library is served as it is even without --serve-only:
 * indexing the demo there would replace it.
 *
 *   node --import tsx bench/serve-synthetic.ts --data bench/.cache/10k [--port N] [--no-build]
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseCli, USAGE } from '../server/cli/args.ts';
import { serveIndex } from '../server/cli/serve.ts';
import { openDb } from '../server/db/open-db.ts';
import { createSyntheticMedia, hasSyntheticLibrary } from './synth/synthetic-media.ts';

const projectDir = path.resolve(import.meta.dirname, '..');
const log = (line: string) => process.stderr.write(`${line}\n`);

async function main(): Promise<void> {
  const options = parseCli(process.argv.slice(2));
  if (options.help) {
    process.stdout.write(USAGE);
    return;
  }
  if (options.upstream) throw new Error('--upstream: use `npm start` to browse a Gumnut account');
  let { serveOnly } = options;
  const dbFile = path.join(path.resolve(options.data), 'index.db');
  if (!serveOnly && options.photos.length === 0 && existsSync(dbFile)) {
    const db = openDb(dbFile);
    serveOnly = hasSyntheticLibrary(db);
    db.close();
  }
  await serveIndex(
    { ...options, serveOnly },
    { projectDir, log, createMedia: (db, cacheDir) => createSyntheticMedia({ db, cacheDir }) },
  );
}

main().catch((error: unknown) => {
  log(error instanceof Error ? error.message : String(error));
  process.exit(1);
});

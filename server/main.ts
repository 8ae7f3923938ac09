/**
 * `npm start`: build the gallery if needed, index the photo folders (or generate and index the
 * demo library), and serve the API and the gallery on one origin.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { createApp } from './app.ts';
import { parseCli, USAGE } from './cli/args.ts';
import { ensureDemoLibrary } from './cli/ensure-demo.ts';
import { ensureGalleryBuilt } from './cli/ensure-gallery.ts';
import { indexFolders } from './cli/index-folders.ts';
import { openDb } from './db/open-db.ts';
import { runGateway } from './gateway/start-gateway.ts';
import { hasSyntheticLibrary, listLibraries } from './libraries/libraries.repo.ts';

const projectDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const log = (line: string) => process.stderr.write(`${line}\n`);

async function main(): Promise<void> {
  const options = parseCli(process.argv.slice(2));
  if (options.help) {
    process.stdout.write(USAGE);
    return;
  }
  if (options.upstream) {
    // The gateway: no index, no data folder; the gallery and a Gumnut account on one origin,
    // behind the same access key as the local server when served beyond loopback.
    const galleryDir = options.build ? await ensureGalleryBuilt(projectDir, log) : path.join(projectDir, 'dist');
    const { upstream, apiKeyFile, port, host, accessKey } = options;
    await runGateway({ upstream, apiKeyFile, port, host, galleryDir, accessKey }, log);
    return;
  }
  const dataDir = path.resolve(options.data);
  await mkdir(dataDir, { recursive: true });

  const galleryDir = options.build ? await ensureGalleryBuilt(projectDir, log) : path.join(projectDir, 'dist');
  const db = openDb(path.join(dataDir, 'index.db'));
  const imageCacheDir = path.join(dataDir, 'thumbnails');
  // A synthetic library (`npm run synth`) has no folder: indexing the demo would replace it.
  const serveOnly = options.serveOnly || (options.photos.length === 0 && hasSyntheticLibrary(db));
  if (!serveOnly) {
    const roots = options.photos.length
      ? options.photos.map((p) => path.resolve(p))
      : [await ensureDemoLibrary(path.join(dataDir, 'demo-photos'), log)];
    await indexFolders(db, roots, imageCacheDir);
  }
  const libraries = listLibraries(db).length;

  const { accessKey } = options;
  const app = createApp(db, { imageCacheDir, galleryDir, accessKey, onError: (error) => log(`error: ${String(error)}`) });
  const server = serve({ fetch: app.fetch, port: options.port, hostname: options.host }, (info) => {
    const host = options.host.includes(':') ? `[${options.host}]` : options.host;
    process.stdout.write(`Contact Sheet is serving ${libraries} librar${libraries === 1 ? 'y' : 'ies'} at http://${host}:${info.port}\n`);
    if (accessKey) process.stdout.write(`Access key required: sign in at http://${host}:${info.port}/sign-in\n`);
  });
  server.on('error', (error: NodeJS.ErrnoException) => {
    log(error.code === 'EADDRINUSE' ? `Port ${options.port} is in use: pass --port N or set PORT.` : String(error));
    process.exit(1);
  });
  const stop = () => server.close(() => { db.close(); process.exit(0); });
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  log(error instanceof Error ? error.message : String(error));
  process.exit(1);
});

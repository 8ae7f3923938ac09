/**
 * Serve an index from a data folder: build the gallery if need be, index the photo folders (or
 * the demo library) unless told to serve as it is, and listen until SIGINT/SIGTERM, indexing what
 * changes in the folders meanwhile (unless `--no-watch`). `npm start`
 * runs it with the photo files as media; the benchmarks run it with media of their own.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { serve } from '@hono/node-server';
import { createApp } from '../app.ts';
import { openDb, type Db } from '../db/open-db.ts';
import { indexLibrary } from '../indexer/index-library.ts';
import { endVideoTagReader } from '../indexer/video-tags.ts';
import type { WalkScope } from '../indexer/walk.ts';
import { watchFolders, type FolderWatcher } from '../indexer/watch-folders.ts';
import { createIndexPoller } from '../events/index-poller.ts';
import { listLibraries } from '../libraries/libraries.repo.ts';
import { createFileMedia } from '../media/file-media.ts';
import type { Media } from '../media/media.ts';
import type { CliOptions } from './args.ts';
import { ensureDemoLibrary } from './ensure-demo.ts';
import { ensureGalleryBuilt } from './ensure-gallery.ts';
import { indexFolders } from './index-folders.ts';

export type ServeOptions = Pick<
  CliOptions,
  'photos' | 'data' | 'port' | 'host' | 'build' | 'serveOnly' | 'accessKey'
> &
  Partial<Pick<CliOptions, 'watch'>>;

export interface ServeEnvironment {
  projectDir: string;
  log: (line: string) => void;
  /** The media to serve with; the photo files (cached in `cacheDir`) by default. */
  createMedia?: (db: Db, cacheDir: string) => Media;
}

export async function serveIndex(
  options: ServeOptions,
  { projectDir, log, createMedia }: ServeEnvironment,
): Promise<void> {
  const dataDir = path.resolve(options.data);
  await mkdir(dataDir, { recursive: true });

  const galleryDir = options.build
    ? await ensureGalleryBuilt(projectDir, log)
    : path.join(projectDir, 'dist');
  const db = openDb(path.join(dataDir, 'index.db'));
  const cacheDir = path.join(dataDir, 'thumbnails');
  const media = createMedia ? createMedia(db, cacheDir) : createFileMedia({ db, cacheDir });
  let watcher: FolderWatcher | null = null;
  if (!options.serveOnly) {
    const roots = options.photos.length
      ? options.photos.map((p) => path.resolve(p))
      : [await ensureDemoLibrary(path.join(dataDir, 'demo-photos'), log)];
    // Watching begins before the first index, so nothing that changes while it runs is missed.
    if (options.watch) watcher = await watchFolders(roots, { index: indexChanges(db, media, log), log });
    await indexFolders(db, roots, media);
    watcher?.start();
  }
  const libraries = listLibraries(db).length;

  const { accessKey } = options;
  const poller = createIndexPoller(db);
  const app = createApp(db, {
    media,
    poller,
    galleryDir,
    accessKey,
    onError: (error) => log(`error: ${String(error)}`),
  });
  const { port, host: hostname } = options;
  // A zip download names up to 1000 ids in its URL (~30 KB): past Node's 16 KB header default.
  const listen = { fetch: app.fetch, port, hostname, serverOptions: { maxHeaderSize: 64 * 1024 } };
  const server = serve(listen, (info) => {
    const host = options.host.includes(':') ? `[${options.host}]` : options.host;
    process.stdout.write(
      `Contact Sheet is serving ${libraries} librar${libraries === 1 ? 'y' : 'ies'} at http://${host}:${info.port}\n`,
    );
    if (accessKey)
      process.stdout.write(`Access key required: sign in at http://${host}:${info.port}/sign-in\n`);
  });
  server.on('error', (error: NodeJS.ErrnoException) => {
    log(
      error.code === 'EADDRINUSE'
        ? `Port ${options.port} is in use: pass --port N or set PORT.`
        : String(error),
    );
    process.exit(1);
  });
  const stop = () => {
    watcher?.close();
    server.close(() => {
      // A watched library's runs may have started the shared ExifTool again: no perl left behind.
      void endVideoTagReader().finally(() => {
        db.close();
        process.exit(0);
      });
    });
    // Open live feeds would keep the close above waiting for ever.
    poller.close();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

/** A watched library's run over what changed: one log line when something did. */
function indexChanges(db: Db, media: Media, log: (line: string) => void) {
  return async (root: string, scope: WalkScope | null) => {
    const report = await indexLibrary(db, root, {
      media,
      scope,
      onFailure: (relPath, reason) => log(`skipped ${relPath}: ${reason}`),
    });
    const { added, updated, moved, removed } = report;
    if (added + updated + moved + removed > 0)
      log(`${root}: ${added} new, ${updated} changed, ${moved} moved, ${removed} removed`);
  };
}

/**
 * Watched folders (issue 13): while the server runs, new, changed, moved and deleted photos and
 * folders are indexed within a few seconds, without a restart.
 *
 * One non-recursive `fs.watch` per folder, never per file: a recursive watch costs one inotify
 * watch per file (~345 MB and a third of `max_user_watches` for 100k files, real-libraries.md),
 * one per folder costs a watch per folder. An event only says which folder changed: after ~1 s
 * of quiet (at most a few seconds under a steady burst) the changed folders alone are indexed
 * (`indexLibrary`'s scope), a folder that appeared or went as a whole tree. Runs never overlap.
 * A full rescan on start (the caller's first index) and every few minutes catches whatever events
 * miss; when the system's limit of watches is reached, that rescan is all there is, said once in
 * the log. The photo folders are only ever read.
 */
import { watch as fsWatch, type FSWatcher } from 'node:fs';
import { lstat, opendir } from 'node:fs/promises';
import path from 'node:path';
import { PHOTO_EXTENSIONS, VIDEO_EXTENSIONS, type WalkScope } from './walk.ts';

export interface WatchFoldersOptions {
  /** Index one library: only the scope's folders, or all of it for `null`. Never called twice at once. */
  index: (root: string, scope: WalkScope | null) => Promise<void>;
  log: (line: string) => void;
  /** How long a folder stays quiet before it is indexed (default 1 s). */
  quietMs?: number;
  /** The longest a change waits while events keep coming (default 4 s). */
  maxDelayMs?: number;
  /** How often every library is rescanned in full (default 10 minutes). */
  rescanMs?: number;
  /** `fs.watch`, replaceable to act out the system's limit. */
  watch?: (folder: string, listener: (event: string, name: string | null) => void) => FSWatcher;
}

export interface FolderWatcher {
  /** Begin indexing changes (those seen since watching began included): after the first index. */
  start(): void;
  /** Folders watched now: one inotify watch each. */
  watchCount(): number;
  /** Whether watching gave way to periodic rescans (the system's limit of watches was reached). */
  degraded(): boolean;
  /** Resolves once no change waits and no run is going on. */
  settled(): Promise<void>;
  close(): void;
}

interface Pending {
  full: boolean;
  folders: Set<string>;
  trees: Set<string>;
}

interface Library {
  root: string;
  watches: Map<string, { watcher: FSWatcher; ino: number }>;
  /** Changes gathering during the quiet period. */
  gathering: Pending;
  /** Changes whose quiet period is over, for the next run. */
  due: Pending;
}

const emptyPending = (): Pending => ({ full: false, folders: new Set(), trees: new Set() });
const hasAny = (p: Pending) => p.full || p.folders.size > 0 || p.trees.size > 0;
const join = (folder: string, name: string) => (folder ? `${folder}/${name}` : name);
const isUnder = (relPath: string, tree: string) =>
  tree === '' || relPath === tree || relPath.startsWith(`${tree}/`);

/** A name that is surely a file the folder's own scan handles (no stat needed in a burst). */
const isFileName = (name: string) => {
  const extension = path.extname(name).toLowerCase();
  return PHOTO_EXTENSIONS.has(extension) || VIDEO_EXTENSIONS.has(extension) || extension === '.xmp';
};

export async function watchFolders(roots: string[], options: WatchFoldersOptions): Promise<FolderWatcher> {
  const { index, log, quietMs = 1000, maxDelayMs = 4000, rescanMs = 600_000 } = options;
  const watchFn =
    options.watch ??
    ((folder: string, listener: (event: string, name: string | null) => void) =>
      fsWatch(folder, { persistent: false }, (event, name) => listener(event, name)));
  const libraries: Library[] = roots.map((root) => ({
    root: path.resolve(root),
    watches: new Map(),
    gathering: emptyPending(),
    due: emptyPending(),
  }));
  let started = false;
  let closed = false;
  let isDegraded = false;
  let quietTimer: NodeJS.Timeout | null = null;
  let maxTimer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  const syncing = new Set<Promise<void>>();

  function degrade(): void {
    if (isDegraded) return;
    isDegraded = true;
    for (const library of libraries) for (const w of library.watches.values()) w.watcher.close();
    for (const library of libraries) library.watches.clear();
    log(
      `Watching folders stopped: this computer allows no more watched folders (fs.inotify.max_user_watches). ` +
        `New and changed photos will be found every ${Math.round(rescanMs / 60_000)} minutes instead; ` +
        `raise the limit and restart to see them at once.`,
    );
  }

  function addWatch(library: Library, folder: string, ino: number): void {
    if (isDegraded || closed) return;
    try {
      const watcher = watchFn(path.join(library.root, folder), (_event, name) =>
        onEvent(library, folder, name),
      );
      // The folder went (or can no longer be read): its parent's event says what happened.
      watcher.on('error', () => {
        watcher.close();
        if (library.watches.get(folder)?.watcher === watcher) library.watches.delete(folder);
        changed(library, 'tree', folder);
      });
      library.watches.set(folder, { watcher, ino });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOSPC') degrade();
      else if (code !== 'ENOENT' && code !== 'ENOTDIR')
        log(`Cannot watch ${folder || library.root}: ${String(error)}`);
    }
  }

  /** Watch every folder under `top` (a watch per folder, replaced if the folder was replaced), and none that went. */
  async function syncTree(library: Library, top: string): Promise<void> {
    const seen = new Set<string>();
    async function visit(folder: string): Promise<void> {
      if (isDegraded || closed) return;
      const abs = path.join(library.root, folder);
      const info = await lstat(abs).catch(() => null);
      if (!info?.isDirectory()) return;
      seen.add(folder);
      const existing = library.watches.get(folder);
      if (existing?.ino !== info.ino) {
        existing?.watcher.close();
        library.watches.delete(folder);
        // Before listing it: whatever arrives while it is listed still makes an event.
        addWatch(library, folder, info.ino);
      }
      const handle = await opendir(abs).catch(() => null);
      if (!handle) return;
      const children: string[] = [];
      for await (const entry of handle)
        if (entry.isDirectory() && !entry.name.startsWith('.')) children.push(join(folder, entry.name));
      for (const child of children) await visit(child);
    }
    await visit(top);
    for (const [folder, w] of library.watches) {
      if (isUnder(folder, top) && !seen.has(folder)) {
        w.watcher.close();
        library.watches.delete(folder);
      }
    }
  }

  function sync(library: Library, top: string): void {
    const job = syncTree(library, top).catch((error: unknown) =>
      log(`Watching ${library.root}: ${String(error)}`),
    );
    syncing.add(job);
    void job.finally(() => syncing.delete(job));
  }

  function onEvent(library: Library, folder: string, name: string | null): void {
    if (closed) return;
    if (name === null) {
      // The kernel's queue overflowed or the name is unknown: look at the whole folder again.
      changed(library, 'tree', folder);
      sync(library, folder);
      return;
    }
    if (name.startsWith('.')) return; // hidden, and how editors and rsync write before renaming
    changed(library, 'folder', folder);
    if (isFileName(name)) return;
    const child = join(folder, name);
    // A folder that came (moved in, with all it holds) or went (and its photos with it).
    const job = lstat(path.join(library.root, child)).then(
      (info) => {
        if (!info.isDirectory()) return;
        changed(library, 'tree', child);
        sync(library, child);
      },
      () => {
        if ([...library.watches.keys()].some((f) => isUnder(f, child))) sync(library, child);
        changed(library, 'tree', child);
      },
    );
    syncing.add(job);
    void job.finally(() => syncing.delete(job));
  }

  function changed(library: Library, kind: 'folder' | 'tree' | 'full', folder = ''): void {
    if (closed) return;
    if (kind === 'full') library.gathering.full = true;
    else library.gathering[kind === 'folder' ? 'folders' : 'trees'].add(folder);
    if (quietTimer) clearTimeout(quietTimer);
    quietTimer = setTimeout(flush, quietMs);
    maxTimer ??= setTimeout(flush, maxDelayMs);
  }

  function flush(): void {
    if (quietTimer) clearTimeout(quietTimer);
    if (maxTimer) clearTimeout(maxTimer);
    quietTimer = maxTimer = null;
    for (const library of libraries) {
      const { gathering, due } = library;
      due.full ||= gathering.full;
      for (const f of gathering.folders) due.folders.add(f);
      for (const t of gathering.trees) due.trees.add(t);
      library.gathering = emptyPending();
    }
    if (started) pump();
  }

  function pump(): void {
    if (running || closed || !started) return;
    running = (async () => {
      while (!closed && libraries.some((l) => hasAny(l.due))) {
        for (const library of libraries) {
          if (!hasAny(library.due)) continue;
          const { full, folders, trees } = library.due;
          library.due = emptyPending();
          const scope = full ? null : { folders: [...folders], trees: [...trees] };
          await index(library.root, scope).catch((error: unknown) =>
            log(`Indexing changes in ${library.root} failed: ${String(error)}`),
          );
        }
      }
    })().finally(() => {
      running = null;
    });
  }

  function rescan(): void {
    for (const library of libraries) {
      library.due.full = true;
      if (!isDegraded) sync(library, '');
    }
    pump();
  }

  for (const library of libraries) await syncTree(library, '');
  const rescanTimer = setInterval(rescan, rescanMs);
  rescanTimer.unref();

  return {
    start() {
      started = true;
      flush();
    },
    watchCount: () => libraries.reduce((n, l) => n + l.watches.size, 0),
    degraded: () => isDegraded,
    async settled() {
      while (
        !closed &&
        (quietTimer || maxTimer || running || syncing.size || libraries.some((l) => hasAny(l.due)))
      )
        await (running ?? Promise.all(syncing).then(() => new Promise((resolve) => setTimeout(resolve, 20))));
    },
    close() {
      closed = true;
      clearInterval(rescanTimer);
      if (quietTimer) clearTimeout(quietTimer);
      if (maxTimer) clearTimeout(maxTimer);
      for (const library of libraries) for (const w of library.watches.values()) w.watcher.close();
    },
  };
}

import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

/** The newest modification time of any file under these paths (0 when none exist). */
async function newestMtime(paths: string[]): Promise<number> {
  let newest = 0;
  for (const p of paths) {
    const info = await stat(p).catch(() => null);
    if (!info) continue;
    if (info.isDirectory()) {
      const entries = await readdir(p);
      newest = Math.max(newest, await newestMtime(entries.map((e) => path.join(p, e))));
    } else {
      newest = Math.max(newest, info.mtimeMs);
    }
  }
  return newest;
}

/**
 * Build the gallery with Vite when `dist/` is missing or older than its sources, so
 * `npm start` on a fresh clone (or after a pull) serves the current gallery.
 */
export async function ensureGalleryBuilt(projectDir: string, log: (line: string) => void): Promise<string> {
  const dist = path.join(projectDir, 'dist');
  const built = await stat(path.join(dist, 'index.html')).then(
    (s) => s.mtimeMs,
    () => 0,
  );
  const sources = ['src', 'contract', 'index.html', 'public', 'vite.config.ts'].map((p) =>
    path.join(projectDir, p),
  );
  if (built && built >= (await newestMtime(sources))) return dist;
  log('Building the gallery…');
  const { build } = await import('vite');
  await build({ root: projectDir, logLevel: 'warn', configFile: path.join(projectDir, 'vite.config.ts') });
  return dist;
}

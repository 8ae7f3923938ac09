/**
 * Synthetic libraries cached under `bench/.cache/<size>/`, rebuilt only when the generator or the
 * schema changed since they were written, so reruns start in seconds.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { MIGRATIONS } from '../../server/db/schema.ts';
import { writeSyntheticLibrary } from '../synth/write-db.ts';
import { PROJECT_DIR } from './server-process.ts';

export const CACHE_DIR = path.join(PROJECT_DIR, 'bench', '.cache');
const SEED = 1;

async function generatorVersion(): Promise<string> {
  const hash = createHash('sha256');
  const dir = path.join(PROJECT_DIR, 'bench', 'synth');
  for (const file of (await readdir(dir)).sort())
    hash.update(file).update(await readFile(path.join(dir, file)));
  // The seeded generator it shares with the demo library.
  hash.update(await readFile(path.join(PROJECT_DIR, 'server', 'demo', 'random.ts')));
  hash.update(String(MIGRATIONS.length)).update(MIGRATIONS.join('\n'));
  return hash.digest('hex').slice(0, 16);
}

export const sizeLabel = (n: number) =>
  n >= 1e6 && n % 1e6 === 0 ? `${n / 1e6}M` : n >= 1e3 && n % 1e3 === 0 ? `${n / 1e3}k` : String(n);

/** The data folder holding a synthetic library of `assets` photos, built if need be. */
export async function syntheticLibrary(
  assets: number,
  log: (line: string) => void,
): Promise<{ dir: string; built: boolean; seconds: number; cpuSeconds: number }> {
  const dir = path.join(CACHE_DIR, sizeLabel(assets));
  const version = await generatorVersion();
  const metaFile = path.join(dir, 'meta.json');
  const meta = await readFile(metaFile, 'utf8').then(
    (t) => JSON.parse(t) as { version: string; seconds: number; cpuSeconds?: number },
    () => null,
  );
  if (meta?.version === version)
    return { dir, built: false, seconds: meta.seconds, cpuSeconds: meta.cpuSeconds ?? Number.NaN };
  log(`Building the ${sizeLabel(assets)} synthetic library…`);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  let last = performance.now();
  const summary = await writeSyntheticLibrary(path.join(dir, 'index.db'), {
    assets,
    seed: SEED,
    onProgress: (done, total) => {
      if (performance.now() - last < 10_000) return;
      last = performance.now();
      log(`  ${done.toLocaleString('en')} / ${total.toLocaleString('en')}`);
    },
  });
  await writeFile(metaFile, JSON.stringify({ version, ...summary }, null, 2));
  log(
    `  ${summary.assets.toLocaleString('en')} assets, ${summary.faces.toLocaleString('en')} faces in ${summary.seconds.toFixed(1)} s (${summary.cpuSeconds.toFixed(1)} s CPU)`,
  );
  return { dir, built: true, seconds: summary.seconds, cpuSeconds: summary.cpuSeconds };
}

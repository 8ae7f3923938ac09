/**
 * `npm run synth -- --assets N --data DIR [--seed S]`: write a synthetic library of N photos into
 * a fresh `DIR/index.db`, ready for `node --import tsx bench/serve-synthetic.ts --data DIR`. N takes `10k`, `1m`.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { writeSyntheticLibrary } from './synth/write-db.ts';

export function parseCount(text: string): number {
  const m = /^(\d+(?:\.\d+)?)([km]?)$/i.exec(text.replace(/[_,]/g, ''));
  if (!m) throw new Error(`not a count: ${text}`);
  const n = Math.round(
    Number(m[1]) * (m[2]?.toLowerCase() === 'm' ? 1e6 : m[2]?.toLowerCase() === 'k' ? 1e3 : 1),
  );
  if (n < 1) throw new Error(`not a count: ${text}`);
  return n;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { assets: { type: 'string' }, data: { type: 'string' }, seed: { type: 'string' } },
    strict: true,
  });
  if (!values.assets || !values.data)
    throw new Error('Usage: npm run synth -- --assets N --data DIR [--seed S]');
  const assets = parseCount(values.assets);
  const dir = path.resolve(values.data);
  await mkdir(dir, { recursive: true });
  let last = 0;
  const summary = await writeSyntheticLibrary(path.join(dir, 'index.db'), {
    assets,
    seed: Number(values.seed ?? 1),
    onProgress: (done, total) => {
      if (performance.now() - last < 2000 && done < total) return;
      last = performance.now();
      process.stderr.write(`  ${done.toLocaleString('en')} / ${total.toLocaleString('en')} assets\n`);
    },
  });
  process.stdout.write(
    `${path.join(dir, 'index.db')}: ${summary.assets.toLocaleString('en')} assets, ${summary.faces.toLocaleString('en')} faces, ` +
      `${summary.albums} albums, ${summary.people} people in ${summary.seconds.toFixed(1)} s (${summary.cpuSeconds.toFixed(1)} s CPU)\n`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}

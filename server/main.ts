/**
 * `npm start`: build the gallery if needed, index the photo folders (or generate and index the
 * demo library), and serve the API and the gallery on one origin.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCli, USAGE } from './cli/args.ts';
import { ensureGalleryBuilt } from './cli/ensure-gallery.ts';
import { serveIndex } from './cli/serve.ts';
import { runGateway } from './gateway/start-gateway.ts';

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
    const galleryDir = options.build
      ? await ensureGalleryBuilt(projectDir, log)
      : path.join(projectDir, 'dist');
    const { upstream, apiKeyFile, port, host, accessKey } = options;
    await runGateway({ upstream, apiKeyFile, port, host, galleryDir, accessKey }, log);
    return;
  }
  await serveIndex(options, { projectDir, log });
}

main().catch((error: unknown) => {
  log(error instanceof Error ? error.message : String(error));
  process.exit(1);
});

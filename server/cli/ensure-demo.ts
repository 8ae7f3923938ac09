import { access, rename, rm } from 'node:fs/promises';
import { generateDemoVideos } from '../demo/demo-videos.ts';
import { generateDemoLibrary } from '../demo/generate-demo.ts';
import { createProgress } from '../indexer/progress.ts';

/**
 * The demo library's folder, generated on first run. It is written to a temporary folder and
 * renamed into place, so an interrupted generation is redone rather than half-used.
 */
export async function ensureDemoLibrary(dir: string, log: (line: string) => void): Promise<string> {
  const ready = await access(dir).then(
    () => true,
    () => false,
  );
  if (ready) return dir;
  log('Generating the demo library (first run only)…');
  const tmp = `${dir}.partial`;
  await rm(tmp, { recursive: true, force: true });
  const progress = createProgress(process.stderr, 'Rendering demo photos');
  const { files } = await generateDemoLibrary(tmp, {
    onProgress: (done, total) => progress.tick(done, total),
  });
  await generateDemoVideos(tmp, log);
  await rename(tmp, dir);
  progress.done(`Demo library: ${files} photos in ${dir}`);
  return dir;
}

import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Rendered images (thumbnails, previews, face crops) cached as files under the data folder.
 * A render is done once: concurrent requests for the same key share one promise, and a file is
 * written under a temporary name then renamed, so a crash never leaves a half-written image.
 */
export class ImageCache {
  private readonly inFlight = new Map<string, Promise<Buffer>>();

  constructor(private readonly dir: string | null) {}

  async get(key: string, render: () => Promise<Buffer>): Promise<Buffer> {
    const pending = this.inFlight.get(key);
    if (pending) return pending;
    const work = this.load(key, render).finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, work);
    return work;
  }

  private async load(key: string, render: () => Promise<Buffer>): Promise<Buffer> {
    if (!this.dir) return render();
    const file = path.join(this.dir, key.slice(0, 2), `${key}.webp`);
    try {
      return await readFile(file);
    } catch {
      // Not cached yet.
    }
    const bytes = await render();
    await mkdir(path.dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    await writeFile(tmp, bytes);
    await rename(tmp, file);
    return bytes;
  }
}

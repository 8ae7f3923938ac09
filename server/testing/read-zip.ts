import { createHash } from 'node:crypto';
import yauzl from 'yauzl';

/** One entry of a zip as a test compares it: its name, method (0 STORE, 8 DEFLATE) and SHA-256. */
export interface ZipEntrySummary {
  name: string;
  method: number;
  sha256: string;
  size: number;
}

/** Every entry of a zip, in order, read back with yauzl (CRCs checked as it inflates). */
export async function readZip(bytes: Buffer): Promise<ZipEntrySummary[]> {
  const zip = await yauzl.fromBufferPromise(bytes, { lazyEntries: true });
  const entries: ZipEntrySummary[] = [];
  for await (const entry of zip.eachEntry()) {
    const stream = await zip.openReadStreamPromise(entry);
    const hash = createHash('sha256');
    let size = 0;
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      hash.update(chunk);
      size += chunk.length;
    }
    entries.push({ name: entry.fileName, method: entry.compressionMethod, sha256: hash.digest('hex'), size });
  }
  return entries;
}

export const sha256Of = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

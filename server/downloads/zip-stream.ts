/**
 * A zip of originals, streamed with yazl as it is read: entries are added one batch ahead of the
 * one being written, each file opened only when its turn comes, so memory holds a batch of rows
 * and the pipes' buffers, never the zip. Already-compressed formats are STORED; zip64 records
 * appear when yazl needs them (files or archives past 4 GiB).
 */
import { createReadStream, type ReadStream } from 'node:fs';
import { Readable, type PassThrough } from 'node:stream';
import { ZipFile } from 'yazl';
import type { AssetRow } from '../db/rows.ts';
import type { Media, OriginalFile } from '../media/media.ts';
import { entryNamer, storesAsIs } from './zip-names.ts';

/** The next batch of assets, empty at the end. */
export type BatchSource = () => AssetRow[];

/** The file listing what could not be read, added at the end when anything was skipped. */
export const MISSING_LIST_NAME = 'Not included.txt';

export function streamZip(media: Media, nextBatch: BatchSource): ReadableStream<Uint8Array> {
  const zip = new ZipFile();
  // A PassThrough at run time; the types name only the ReadableStream interface.
  const output = zip.outputStream as PassThrough;
  const nameOf = entryNamer();
  const missing: string[] = [];
  let reading: ReadStream | null = null;
  let cancelled = false;
  // yazl may ask for the next batch while this one is still being added: it waits its turn.
  let adding = false;
  let asked = false;
  const askNext = () => {
    if (adding) asked = true;
    else void addBatch().catch(fail);
  };

  const finish = () => {
    if (missing.length) {
      const text = `These photos could not be read when the zip was made:\r\n${missing.join('\r\n')}\r\n`;
      zip.addBuffer(Buffer.from(text, 'utf8'), nameOf(MISSING_LIST_NAME), { compress: false });
    }
    zip.end();
  };

  /** Checks the batch's originals, then hands yazl their entries; the first one asks for the next batch. */
  const addBatch = async (): Promise<void> => {
    if (cancelled) return;
    const rows = nextBatch();
    if (rows.length === 0) return finish();
    adding = true;
    const originals = await Promise.all(
      rows.map((row) =>
        media.original(row).then(
          (file): OriginalFile | null => file,
          () => null,
        ),
      ),
    );
    if (cancelled) return;
    let first = true;
    rows.forEach((row, i) => {
      const original = originals[i];
      const name = nameOf(row.original_file_name);
      if (!original) {
        missing.push(name);
        return;
      }
      const isFirst = first;
      first = false;
      const mtime = new Date(row.file_mtime_ms);
      const options = { size: original.size, compress: !storesAsIs(row.mime_type), mtime };
      zip.addReadStreamLazy(name, options, (callback) => {
        if (isFirst) askNext();
        reading = createReadStream(original.file);
        callback(null, reading);
      });
    });
    adding = false;
    // Nothing of this batch could be read, or yazl reached it already: go on to the next one.
    if (first || asked) {
      asked = false;
      return addBatch();
    }
  };
  function fail(error: unknown) {
    output.destroy(error instanceof Error ? error : new Error(String(error)));
  }

  zip.on('error', fail);
  output.on('close', () => {
    cancelled = true;
    reading?.destroy();
  });
  askNext();
  return Readable.toWeb(output) as ReadableStream<Uint8Array>;
}

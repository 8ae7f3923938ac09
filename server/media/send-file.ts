import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import type { Context } from 'hono';
import { parseByteRange } from './byte-range.ts';
import type { OriginalFile } from './media.ts';

/**
 * A file as the response body, streamed, answering a single `Range` with 206 (what a video
 * element asks for to seek) and a range past the end with 416. `If-Range` isn't checked: the
 * headers carry no validator for it to match, so a client sending one gets the whole file.
 */
export function sendFile(
  c: Context,
  { file, size }: OriginalFile,
  headers: Record<string, string>,
): Response {
  const base = { ...headers, 'Accept-Ranges': 'bytes' };
  const range = c.req.header('If-Range') === undefined ? parseByteRange(c.req.header('Range'), size) : null;
  if (range === 'unsatisfiable') {
    return new Response(null, { status: 416, headers: { ...base, 'Content-Range': `bytes */${size}` } });
  }
  if (range === null) {
    return new Response(stream(file), { headers: { ...base, 'Content-Length': String(size) } });
  }
  const { start, end } = range;
  return new Response(stream(file, start, end), {
    status: 206,
    headers: {
      ...base,
      'Content-Length': String(end - start + 1),
      'Content-Range': `bytes ${start}-${end}/${size}`,
    },
  });
}

const stream = (file: string, start?: number, end?: number) =>
  Readable.toWeb(createReadStream(file, { start, end })) as ReadableStream;

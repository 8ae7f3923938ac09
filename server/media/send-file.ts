import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import type { Context } from 'hono';
import type { OriginalFile } from './media.ts';

/** A file as the response body, streamed. */
export function sendFile(c: Context, { file, size }: OriginalFile, headers: Record<string, string>): Response {
  const body = Readable.toWeb(createReadStream(file)) as ReadableStream;
  return new Response(body, { headers: { ...headers, 'Content-Length': String(size) } });
}

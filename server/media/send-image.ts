import type { Context } from 'hono';

/**
 * An image response with an ETag (answering a matching If-None-Match with 304) and cache headers.
 * `immutable` is for URLs that carry a content version; others revalidate after a day.
 */
export function sendImage(c: Context, bytes: Buffer, etag: string, immutable: boolean): Response {
  const cacheControl = immutable ? 'private, max-age=31536000, immutable' : 'private, max-age=86400';
  const headers = { ETag: etag, 'Cache-Control': cacheControl };
  if (c.req.header('If-None-Match') === etag) return new Response(null, { status: 304, headers });
  return new Response(new Uint8Array(bytes), {
    headers: { ...headers, 'Content-Type': 'image/webp', 'Content-Length': String(bytes.length) },
  });
}

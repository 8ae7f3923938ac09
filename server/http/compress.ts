/**
 * Compression of what the server sends as text: API JSON, the HTML, scripts and styles. Images,
 * videos, zips, byte ranges and event streams pass untouched: they are already compressed, or a
 * client reads them as they arrive (a buffered event stream would never reach the page).
 */
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { MiddlewareHandler } from 'hono';

export type ContentCoding = 'br' | 'gzip';

/**
 * The coding to answer with for an `Accept-Encoding` header: brotli when accepted (about a fifth
 * smaller than gzip on our JSON), else gzip, else null (identity). `q=0` refuses a coding, `*`
 * stands for any not named. Pure.
 */
export function chooseCoding(acceptEncoding: string | undefined | null): ContentCoding | null {
  if (!acceptEncoding) return null;
  const weights = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => /^\s*q\s*=\s*([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    const weight = q === undefined ? 1 : Number(q);
    weights.set(name.trim(), Number.isFinite(weight) ? weight : 0);
  }
  const weightOf = (coding: ContentCoding) => weights.get(coding) ?? weights.get('*') ?? 0;
  const br = weightOf('br');
  const gz = weightOf('gzip');
  if (br <= 0 && gz <= 0) return null;
  return br >= gz ? 'br' : 'gzip';
}

/**
 * Whether a `Content-Type` is text worth compressing. Event streams are text but must stream,
 * so they are never compressed (a compressor holds bytes back until its block fills). Pure.
 */
export function isCompressibleType(contentType: string | null | undefined): boolean {
  if (!contentType) return false;
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  if (type === 'text/event-stream') return false;
  return (
    type.startsWith('text/') ||
    /^application\/(json|javascript|ecmascript|xml|manifest\+json|geo\+json|problem\+json)$/.test(type) ||
    type === 'image/svg+xml' ||
    type.endsWith('+json') ||
    type.endsWith('+xml')
  );
}

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/**
 * Compress `body` with `coding`. `level` is `fast` for answers made per request (brotli 1 /
 * gzip 1: measured on a 100-asset page of 413 kB, brotli 1 takes 0.6 ms for 38.3 kB where brotli
 * 4 took 2.7 ms for 34.9 kB, and gzip 1 1.4 ms against gzip 5's 3.0 ms; a tenth more bytes costs
 * less than the milliseconds on any link the API is used over) and `best` for files compressed
 * once and kept (brotli 11 / gzip 9). On libuv's thread pool, off the event loop.
 */
export async function compressBytes(
  body: Uint8Array,
  coding: ContentCoding,
  level: 'fast' | 'best',
): Promise<Buffer> {
  if (coding === 'gzip') return gzipAsync(body, { level: level === 'fast' ? 1 : 9 });
  return brotli(body, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: level === 'fast' ? 1 : 11,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
    },
  });
}

/** Append `Accept-Encoding` to a response's `Vary`, once. */
export function varyOnEncoding(headers: Headers): void {
  const vary = headers.get('Vary');
  if (!vary) headers.set('Vary', 'Accept-Encoding');
  else if (!/(^|,)\s*(accept-encoding|\*)\s*(,|$)/i.test(vary))
    headers.set('Vary', `${vary}, Accept-Encoding`);
}

/**
 * The bytes of an answer's body, or null if it has none. The text of @hono/node-server's
 * lightweight Response (what `c.json` makes in the server) is taken as it was given: turning it
 * into a full Response and reading that back costs more than compressing it.
 */
async function bodyBytes(res: Response): Promise<Uint8Array<ArrayBuffer> | null> {
  const light = Object.getOwnPropertySymbols(res).find((key) => key.description === 'cache');
  const cached: unknown = light ? (res as unknown as Record<symbol, unknown>)[light] : undefined;
  if (Array.isArray(cached) && typeof cached[1] === 'string') return Buffer.from(cached[1]);
  if (!res.body) return null;
  return new Uint8Array(await res.arrayBuffer());
}

/** Below this a compressed answer saves less than its headers cost. */
const MIN_BYTES = 1024;
/** Larger bodies are sent as they are rather than held in memory whole. */
const MAX_BYTES = 32 * 1024 * 1024;

/**
 * Compress text answers on the fly, honouring `Accept-Encoding`, with `Vary: Accept-Encoding` on
 * every compressible answer (compressed or not, so a shared cache keeps the variants apart).
 * Leaves alone: HEAD, answers already encoded, partial content (206: the range is of the
 * identity bytes), `Cache-Control: no-transform`, and any type {@link isCompressibleType} refuses.
 */
export function compressResponses(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const res = c.res;
    if (!isCompressibleType(res.headers.get('Content-Type'))) return;
    try {
      varyOnEncoding(res.headers);
    } catch {
      return; // immutable headers: an answer passed on from `fetch` as it came
    }
    // Everything up to the coding reads only status and headers: touching the body of
    // @hono/node-server's lightweight Response turns it into a full one (~3 ms for a page of
    // 100 assets), which an answer sent as it is must not pay.
    if (c.req.method === 'HEAD') return;
    if (res.status === 206 || res.status < 200 || res.status === 204 || res.status === 304) return;
    if (res.headers.has('Content-Encoding') || res.headers.has('Content-Range')) return;
    if (/no-transform/i.test(res.headers.get('Cache-Control') ?? '')) return;
    const declared = Number(res.headers.get('Content-Length') ?? NaN);
    if (declared < MIN_BYTES || declared > MAX_BYTES) return;
    const coding = chooseCoding(c.req.header('Accept-Encoding'));
    if (!coding) return;
    const body = await bodyBytes(res);
    if (!body) return;
    const compressed = body.length < MIN_BYTES ? null : await compressBytes(body, coding, 'fast');
    c.res = new Response(compressed ? new Uint8Array(compressed) : body, res);
    c.res.headers.set('Content-Length', String((compressed ?? body).length));
    if (compressed) c.res.headers.set('Content-Encoding', coding);
  };
}

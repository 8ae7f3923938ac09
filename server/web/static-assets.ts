/**
 * The gallery's hashed files (`/static/*`), each compressed once and kept in memory: the `.br`
 * and `.gz` the build wrote beside it (vite.config.ts, the best levels), or, for a build without
 * them, compressed at the first request and kept. A hashed name never changes content, so each is
 * cached by browsers for a year.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { MiddlewareHandler } from 'hono';
import { getMimeType } from 'hono/utils/mime';
import { chooseCoding, compressBytes, isCompressibleType, type ContentCoding } from '../http/compress.ts';

export const IMMUTABLE = 'public, max-age=31536000, immutable';

interface StaticFile {
  type: string;
  identity: Buffer;
  /** Filled at first need when the build wrote none. */
  encoded: Map<ContentCoding, Promise<Buffer>>;
}

const SUFFIX: Record<ContentCoding, string> = { br: '.br', gzip: '.gz' };

async function load(file: string): Promise<StaticFile | null> {
  const identity = await readFile(file).catch(() => null);
  if (!identity) return null;
  const encoded = new Map<ContentCoding, Promise<Buffer>>();
  for (const coding of ['br', 'gzip'] as const) {
    const built = await readFile(file + SUFFIX[coding]).catch(() => null);
    if (built) encoded.set(coding, Promise.resolve(built));
  }
  return { type: getMimeType(file) ?? 'application/octet-stream', identity, encoded };
}

/** Serve `distDir/static/*` text files compressed; anything else (and byte ranges) falls through. */
export function serveStaticAssets(distDir: string): MiddlewareHandler {
  const root = path.resolve(distDir, 'static');
  const files = new Map<string, Promise<StaticFile | null>>();
  return async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
    if (c.req.header('Range') !== undefined) return next();
    let file: string;
    try {
      file = path.resolve(root, decodeURIComponent(c.req.path.slice('/static/'.length)));
    } catch {
      return next(); // a malformed escape: serveStatic answers it
    }
    if (!file.startsWith(root + path.sep) || !isCompressibleType(getMimeType(file))) return next();
    let entry = files.get(file);
    if (!entry) {
      entry = load(file);
      files.set(file, entry);
    }
    const found = await entry;
    if (!found) {
      files.delete(file); // not built (yet): look again next time
      return next();
    }
    const coding = chooseCoding(c.req.header('Accept-Encoding'));
    let body = found.identity;
    const headers: Record<string, string> = {
      'Content-Type': found.type,
      'Cache-Control': IMMUTABLE,
      Vary: 'Accept-Encoding',
    };
    if (coding && found.identity.length >= 1024) {
      let encoded = found.encoded.get(coding);
      if (!encoded) {
        encoded = compressBytes(found.identity, coding, 'fast');
        found.encoded.set(coding, encoded);
      }
      body = await encoded;
      headers['Content-Encoding'] = coding;
    }
    headers['Content-Length'] = String(body.length);
    if (c.req.method === 'HEAD') return c.body(null, 200, headers);
    return c.body(new Uint8Array(body), 200, headers);
  };
}

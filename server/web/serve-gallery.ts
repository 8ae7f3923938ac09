import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Hono, MiddlewareHandler } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';

/**
 * Set the security headers on every response. On the finished response's own headers: Hono's
 * `c.header()` after `next()` rebuilds the response from its body, which turns a JSON string into
 * a stream (2-3 ms per 100-asset page, bench/). A response with immutable headers (one passed on
 * from `fetch`) is rebuilt instead.
 */
export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
      try {
        c.res.headers.set(name, value);
      } catch {
        c.header(name, value);
      }
    }
  };
}

/**
 * Headers for the gallery's pages: no inline script may run (the build emits none), nothing is
 * framed, and image/API requests stay on this origin.
 */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
    "connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
};

/**
 * Serve the built gallery from `distDir` on the same origin as the API. Hashed assets are cached
 * for a year; any other path that isn't a file gets index.html, so client routes
 * (`/assets/:id?album=…`) survive a reload.
 */
export function serveGallery(app: Hono, distDir: string): void {
  const root = path.relative(process.cwd(), distDir) || '.';
  app.use('/static/*', async (c, next) => {
    await next();
    // Vite puts a content hash in every file name under static/: safe to keep forever.
    if (c.res.ok) c.header('Cache-Control', 'public, max-age=31536000, immutable');
  });
  // API routes are registered first and answer before this; an unknown /api path finds no file
  // here and falls through to the JSON 404.
  app.use('*', serveStatic({ root }));
  app.get('*', async (c, next) => {
    if (c.req.path.startsWith('/api/')) return next();
    const html = await readFile(path.join(distDir, 'index.html'), 'utf8').catch(() => null);
    if (html === null) return c.text('The gallery is not built: run `npm run build`.', 503);
    c.header('Cache-Control', 'no-cache');
    return c.html(html);
  });
}

import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Hono, MiddlewareHandler } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';
import { firstMonthCountsUrl, firstRequests, readPageFilter, showsTimeline } from './first-requests.ts';
import { linkedStylesheets, withInlineStyles, withPreloads } from './gallery-html.ts';
import { IMMUTABLE, serveStaticAssets } from './static-assets.ts';

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
 * for a year and sent compressed (static-assets.ts); any other path that isn't a file gets
 * index.html (`no-cache`), so client routes (`/assets/:id?album=…`) survive a reload. The HTML
 * carries the entry stylesheet inline and preloads for the API requests the gallery will make on
 * that URL (first-requests.ts), the first month's page included, which the server learns by
 * asking itself (`app.fetch`, in process) for the filter's newest month.
 */
export function serveGallery(app: Hono, distDir: string): void {
  const root = path.relative(process.cwd(), distDir) || '.';
  app.use('/static/*', serveStaticAssets(distDir));
  app.use('/static/*', async (c, next) => {
    await next();
    // Vite puts a content hash in every file name under static/: safe to keep forever.
    if (c.res.ok) c.header('Cache-Control', IMMUTABLE);
  });
  // API routes are registered first and answer before this; an unknown /api path finds no file
  // here and falls through to the JSON 404.
  const files = serveStatic({ root });
  // The page itself is built below (preloads, inline styles, no-cache), never sent as the file.
  app.use('*', async (c, next) => {
    if (isPage(c.req.path)) return next();
    return files(c as Parameters<typeof files>[0], next);
  });
  const page = galleryPage(distDir);
  app.get('*', async (c, next) => {
    if (c.req.path.startsWith('/api/')) return next();
    const html = await page();
    if (html === null) return c.text('The gallery is not built: run `npm run build`.', 503);
    const search = new URL(c.req.url).searchParams;
    const timeline = showsTimeline(c.req.path, readPageFilter(search));
    const month = timeline ? await newestMonth(app, c.req.raw, search) : null;
    c.header('Cache-Control', 'no-cache');
    return c.html(withPreloads(html, firstRequests(c.req.path, search, month)));
  });
}

const isPage = (pathname: string) => pathname.endsWith('/') || pathname.endsWith('/index.html');

/**
 * The built index.html with its stylesheets inline, read once per build: a rebuild (a new
 * index.html) is seen on the next request.
 */
function galleryPage(distDir: string): () => Promise<string | null> {
  let cached: { mtimeMs: number; html: string } | null = null;
  const indexFile = path.join(distDir, 'index.html');
  return async () => {
    const info = await stat(indexFile).catch(() => null);
    if (!info) return null;
    if (cached?.mtimeMs === info.mtimeMs) return cached.html;
    const built = await readFile(indexFile, 'utf8').catch(() => null);
    if (built === null) return null;
    const styles = new Map<string, string>();
    for (const href of linkedStylesheets(built)) {
      const css = await readFile(path.join(distDir, href)).catch(() => null);
      if (css) styles.set(href, css.toString('utf8'));
    }
    cached = { mtimeMs: info.mtimeMs, html: withInlineStyles(built, styles) };
    return cached.html;
  };
}

/** How long the page waits for its own API to name the newest month before going without it. */
const MONTH_LOOKUP_MS = 50;

/**
 * The newest month (`YYYY-MM`) of the page's filter, asked of this same app in process with the
 * visitor's credentials, or null (no counts on this server, not signed in, or too slow).
 */
async function newestMonth(app: Hono, request: Request, search: URLSearchParams): Promise<string | null> {
  const headers = new Headers();
  for (const name of ['cookie', 'authorization']) {
    const value = request.headers.get(name);
    if (value) headers.set(name, value);
  }
  const url = new URL(firstMonthCountsUrl(readPageFilter(search)), request.url);
  const ask = (async () => {
    const res = await app.fetch(new Request(url, { headers }));
    if (!res.ok) return null;
    const body = (await res.json()) as { data?: { time_bucket?: unknown }[] };
    const bucket = body.data?.[0]?.time_bucket;
    return typeof bucket === 'string' && /^\d{4}-\d{2}/.test(bucket) ? bucket.slice(0, 7) : null;
  })().catch(() => null);
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), MONTH_LOOKUP_MS);
  });
  try {
    return await Promise.race([ask, late]);
  } finally {
    clearTimeout(timer);
  }
}

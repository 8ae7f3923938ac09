import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../app.ts';
import { openDb } from '../db/open-db.ts';
import { seedLibrary } from '../testing/seed.ts';

const PROJECT = path.resolve(import.meta.dirname, '..', '..');
const BUILT_INDEX = path.join(PROJECT, 'dist', 'index.html');

/** Script that would run under `script-src 'unsafe-inline'` only: inline blocks, handlers, javascript: URLs. */
function inlineScriptIn(html: string): string[] {
  const found: string[] = [];
  for (const [, attributes, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    if (!/\ssrc=/i.test(attributes!) || body!.trim() !== '')
      found.push(`<script${attributes}>${body!.slice(0, 60)}`);
  }
  for (const [handler] of html.matchAll(/<[^>]+\son[a-z]+\s*=/gi)) found.push(handler);
  for (const [url] of html.matchAll(/javascript:/gi)) found.push(url);
  return found;
}

let tmp: string;
let app: App;

beforeAll(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), 'cs-headers-'));
  await writeFile(path.join(tmp, 'index.html'), '<!doctype html><title>gallery</title>');
  const db = openDb(':memory:');
  seedLibrary(db, { assets: 2 });
  app = createApp(db, { galleryDir: tmp, imageCacheDir: null });
});

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('security headers', () => {
  it.each(['/', '/assets/asset_x?album=y', '/api/assets', '/api/nope'])('are set on %s', async (url) => {
    const res = await app.request(url);
    const csp = res.headers.get('content-security-policy')!;
    const directives = Object.fromEntries(
      csp
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .map(([k, ...v]) => [k, v]),
    );
    // No inline or eval'd script may run, nothing may frame the gallery, forms post only here.
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['default-src']).toEqual(["'self'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(directives['frame-ancestors']).toEqual(["'none'"]);
    expect(directives['base-uri']).toEqual(["'self'"]);
    expect(directives['form-action']).toEqual(["'self'"]);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
  });

  it('finds inline script when there is some (the check below can fail)', () => {
    expect(inlineScriptIn('<script>alert(1)</script>')).toHaveLength(1);
    expect(inlineScriptIn('<script type="module" src="/a.js">x()</script>')).toHaveLength(1);
    expect(inlineScriptIn('<img src=x onerror="alert(1)">')).toHaveLength(1);
    expect(inlineScriptIn('<a href="javascript:alert(1)">')).toHaveLength(1);
    expect(inlineScriptIn('<script type="module" crossorigin src="/static/index.js"></script>')).toEqual([]);
  });

  it('the gallery page source has no inline script', async () => {
    expect(inlineScriptIn(await readFile(path.join(PROJECT, 'index.html'), 'utf8'))).toEqual([]);
  });

  // `npm test` builds the gallery before vitest, so in CI dist/ must be there: a missing build is a
  // failure, not a skip. A local `vitest run` before any build skips it.
  it.skipIf(!existsSync(BUILT_INDEX) && !process.env.CI)(
    'the built index.html has no inline script',
    async () => {
      expect(inlineScriptIn(await readFile(BUILT_INDEX, 'utf8'))).toEqual([]);
    },
  );
});

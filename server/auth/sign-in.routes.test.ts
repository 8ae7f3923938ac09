import { describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { openDb } from '../db/open-db.ts';
import { seedLibrary } from '../testing/seed.ts';
import { FAILED_SIGN_IN_DELAY_MS } from './sign-in.routes.ts';

const KEY = 'a-long-enough-access-key-0123456789';

function setup() {
  const db = openDb(':memory:');
  seedLibrary(db, { assets: 3 });
  return createApp(db, { accessKey: KEY, imageCacheDir: null });
}

const form = (fields: Record<string, string>) => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
  body: new URLSearchParams(fields).toString(),
});

describe('the sign-in page', () => {
  it('is a server-rendered form with no script, under the security headers', async () => {
    const res = await setup().request('/sign-in?next=%2Fassets%2Fasset_x');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('cache-control')).toBe('no-store');
    const html = await res.text();
    expect(html).not.toMatch(/<script|\son\w+=|javascript:/i);
    expect(html).toMatch(/<form method="post" action="\/sign-in">/);
    expect(html).toContain('<input type="hidden" name="next" value="/assets/asset_x">');
    expect(html).toMatch(/<input id="key" name="key" type="password"/);
  });

  it('escapes what it echoes', async () => {
    const html = await (
      await setup().request(`/sign-in?next=${encodeURIComponent('/"><script>alert(1)</script>')}`)
    ).text();
    expect(html).not.toContain('<script>');
    expect(html).toContain('value="/&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
  });
});

describe('signing in', () => {
  it('sets an HttpOnly, SameSite=Strict session cookie (not the key) and goes where the visitor was going', async () => {
    const app = setup();
    const res = await app.request('/sign-in', form({ key: KEY, next: '/assets/asset_x?album=y' }));
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/assets/asset_x?album=y');
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(
      /^contact_sheet_session=v1\.[^;]+; Max-Age=2592000; Path=\/; HttpOnly; SameSite=Strict$/,
    );
    expect(cookie).not.toContain(encodeURIComponent(KEY));
    expect(cookie).not.toContain('Secure');

    const session = cookie.split(';')[0]!;
    const api = await app.request('/api/assets', { headers: { Cookie: session } });
    expect(api.status).toBe(200);
    // Signed in already: the sign-in page moves straight on.
    const again = await app.request('/sign-in?next=%2Fpeople', { headers: { Cookie: session } });
    expect(again.status).toBe(303);
    expect(again.headers.get('location')).toBe('/people');
  });

  it('marks the cookie Secure over https', async () => {
    const res = await setup().request('https://photos.example/sign-in', form({ key: KEY }));
    expect(res.headers.get('set-cookie')).toMatch(/; Secure/);
  });

  it('never redirects off the site', async () => {
    for (const next of ['//evil.example', 'https://evil.example', '/\\evil.example', '/sign-in']) {
      const res = await setup().request('/sign-in', form({ key: KEY, next }));
      expect(res.headers.get('location'), next).toBe('/');
    }
  });

  it('answers a wrong key with the form again, a generic message, a delay and no cookie', async () => {
    const app = setup();
    for (const key of ['', 'wrong', KEY.toUpperCase(), `${KEY} `]) {
      const started = Date.now();
      const res = await app.request('/sign-in', form({ key, next: '/people' }));
      expect(Date.now() - started).toBeGreaterThanOrEqual(FAILED_SIGN_IN_DELAY_MS - 5);
      expect(res.status).toBe(401);
      expect(res.headers.get('set-cookie')).toBeNull();
      const html = await res.text();
      expect(html).toContain('That key was not accepted.');
      expect(html).toContain('name="next" value="/people"');
      expect(html).not.toContain(key || '\u0000');
    }
  });

  it('refuses an oversized body and a body that is not a form', async () => {
    const app = setup();
    const huge = await app.request('/sign-in', form({ key: 'x'.repeat(20_000) }));
    expect(huge.status).toBe(413);
    const json = await app.request('/sign-in', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ key: KEY }),
    });
    expect(json.status).toBe(401);
  });
});

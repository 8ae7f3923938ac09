import { expect, test } from '@playwright/test';
import { startServer, type ServerProcess } from './server-process.ts';

/**
 * A server that requires an access key, in a real browser: page loads go to the sign-in page, a
 * wrong key is refused, the right one signs in and the gallery works, images included (an `<img>`
 * sends the session cookie, it can't send a header). And the gallery runs under its CSP.
 */

const KEY = 'e2e-access-key-0123456789abcdef';
const OWN_PORT = Number(process.env.E2E_ACCESS_PORT ?? 5197);

let server: ServerProcess;
test.beforeAll(async () => {
  server = await startServer(OWN_PORT, { CONTACT_SHEET_ACCESS_KEY: KEY });
});
test.afterAll(async () => {
  await server.stop();
});

test('signs in with the access key, then shows the gallery with its images', async ({ page }) => {
  const cspViolations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to (execute|load|apply)/i.test(message.text()))
      cspViolations.push(message.text());
  });

  await page.goto(`${server.url}/`);
  await expect(page).toHaveURL(`${server.url}/sign-in`);
  await expect(page.getByRole('heading', { name: 'Contact Sheet' })).toBeVisible();
  await page.screenshot({ path: 'tests/screenshots/sign-in.png' });

  await page.getByLabel('Access key').fill('not the key');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toHaveText('That key was not accepted.');
  await page.screenshot({ path: 'tests/screenshots/sign-in-refused.png' });

  await page.getByLabel('Access key').fill(KEY);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(`${server.url}/`);
  const firstImage = page.locator('a.tile img').first();
  await expect(firstImage).toBeVisible();
  await expect
    .poll(() => firstImage.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0))
    .toBe(true);

  const cookies = await page.context().cookies();
  const session = cookies.find((c) => c.name === 'contact_sheet_session')!;
  expect(session).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
  expect(session.value).not.toContain(KEY);
  expect(cspViolations).toEqual([]);
});

test('sends a deep link through sign-in and back to it', async ({ page }) => {
  const res = await page.request.get(`${server.url}/api/assets?limit=1`, {
    headers: { Authorization: `Bearer ${KEY}` },
  });
  const id = ((await res.json()) as { data: { id: string }[] }).data[0]!.id;
  await page.goto(`${server.url}/assets/${id}`);
  await expect(page).toHaveURL(/\/sign-in\?next=/);
  await page.getByLabel('Access key').fill(KEY);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(`${server.url}/assets/${id}`);
});

test('refuses the API without a key, with a Bearer challenge', async ({ request }) => {
  const res = await request.get(`${server.url}/api/assets`);
  expect(res.status()).toBe(401);
  expect(res.headers()['www-authenticate']).toBe('Bearer');
  expect(await res.json()).toEqual({ detail: 'Not authenticated' });
});

test('the served gallery page has its security headers and no inline script', async ({ request }) => {
  const res = await request.get(`${server.url}/`, { headers: { Authorization: `Bearer ${KEY}` } });
  expect(res.status()).toBe(200);
  const headers = res.headers();
  expect(headers['content-security-policy']).toMatch(/script-src 'self';/);
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');
  const html = await res.text();
  for (const [, attributes, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    expect(attributes).toMatch(/\ssrc=/);
    expect(body!.trim()).toBe('');
  }
});

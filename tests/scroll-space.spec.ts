import { createServer, type Server } from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

/**
 * useScrollSpace in real Chromium: a 50 M px content (1M assets) in a box capped at 8 M px,
 * scrolled by wheel from the top to the very end, jumped with the scrollbar and the keyboard.
 * The harness (tests/scroll-space/) is built by Vite into a temp folder and served on a port
 * the OS picks, so this spec needs none of the gallery's servers.
 */

let server: Server;
let base = '';
let outDir = '';

test.beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'scroll-space-'));
  await build({
    root: join(import.meta.dirname, 'scroll-space'),
    configFile: false,
    logLevel: 'warn',
    cacheDir: join(outDir, '.vite'),
    plugins: [react()],
    build: { outDir: join(outDir, 'dist'), emptyOutDir: true },
  });
  const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript' };
  server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    try {
      const body = readFileSync(join(outDir, 'dist', path === '/' ? 'index.html' : path));
      res.writeHead(200, { 'content-type': types[extname(path || '.html')] ?? 'text/html' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
});

test.afterAll(() => {
  server?.close();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

interface State {
  content: number;
  physical: number;
  drift: number;
  box: number;
  client: number;
  /** The rows on screen, by the index they show, with their top relative to the viewport. */
  rows: Array<[number, number]>;
}

const state = (page: Page): Promise<State> =>
  page.evaluate(() => {
    const el = document.getElementById('scroller')!;
    const top = el.getBoundingClientRect().top;
    const rows = [...el.querySelectorAll<HTMLElement>('.row')]
      .map((row): [number, number] => [Number(row.dataset.index), row.getBoundingClientRect().top - top])
      .filter(([, y]) => y > -window.scrollSpace.row && y < el.clientHeight);
    return {
      content: window.scrollSpace.contentOffset(),
      physical: el.scrollTop,
      drift: window.scrollSpace.drift(),
      box: window.scrollSpace.boxHeight(),
      client: el.clientHeight,
      rows,
    };
  });

/** What a person sees agrees with the content offset: the row under the top is the one it says. */
function expectRowsMatch(now: State, row = 250): void {
  expect(now.rows.length).toBeGreaterThan(0);
  for (const [index, y] of now.rows) expect(Math.abs(index * row - now.content - y)).toBeLessThan(1.5);
}

const idle = (page: Page) => page.waitForTimeout(300);
const ROWS = 200_000;
const ROW = 250;

// Frames as fast as the machine goes: each wheel notch waits for its frame (so notches never
// coalesce into one jump), and at 60 Hz the 50 M px would take minutes.
// Headless Chromium hides scrollbars (--hide-scrollbars): keep them, there is a thumb to drag.
test.use({
  launchOptions: {
    ignoreDefaultArgs: ['--hide-scrollbars'],
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-frame-rate-limit',
      '--disable-gpu-vsync',
    ],
  },
});

/** Wheel `notches` times by `delta`, then rest so the box rebases; the content moved 1:1. */
async function wheel(page: Page, delta: number, notches: number): Promise<State> {
  const before = await state(page);
  const range = ROWS * ROW - before.client;
  for (let i = 0; i < notches; i++) await page.mouse.wheel(0, delta);
  await idle(page);
  const after = await state(page);
  const asked = before.content + delta * notches;
  expect(after.content).toBe(Math.min(Math.max(asked, 0), range));
  expectRowsMatch(after);
  return after;
}

// Wheeling to the very end of 50 M px in real Chromium took 8.4 min here (9,999 notches): too
// long for npm test. The pure model's walk in scroll-space.test.ts proves every notch moves 1:1
// to the end at 1M..100M assets; these two tests prove the browser side of the same mapping.

test('jumps with the scrollbar, lands on the ends with it and with Home/End, and scrolls 1:1 after', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1000, height: 900 });
  await page.goto(base);
  await expect(page.locator('.row').first()).toBeVisible();
  const gutter = await page.evaluate(() => {
    const el = document.getElementById('scroller')!;
    return el.offsetWidth - el.clientWidth;
  });
  expect(gutter).toBeGreaterThan(0); // a classic scrollbar to drag
  const x = 1000 - gutter / 2;

  // Drag the thumb from the top to the middle of the track.
  await page.mouse.move(x, 20);
  await page.mouse.down();
  await page.mouse.move(x, 450, { steps: 8 });
  await page.mouse.up();
  await idle(page);
  let now = await state(page);
  const range = ROWS * ROW - now.client;
  expect(now.content / range).toBeGreaterThan(0.3);
  expect(now.content / range).toBeLessThan(0.7);
  expectRowsMatch(now);
  console.log(
    `scrollbar drag to the middle: content ${Math.round(now.content)} of ${range}, box ${now.physical}`,
  );

  // Realistic notches from there, across a rest: exactly 1:1.
  await page.mouse.move(500, 450);
  await wheel(page, 100, 30);
  await wheel(page, -100, 10);

  // The thumb to the very bottom, then to the very top.
  await page.mouse.move(x, 450);
  await page.mouse.down();
  await page.mouse.move(x, 1000, { steps: 8 });
  await page.mouse.up();
  await idle(page);
  now = await state(page);
  expect(now.content).toBe(range);
  expectRowsMatch(now);
  await page.mouse.move(x, 880);
  await page.mouse.down();
  await page.mouse.move(x, -100, { steps: 8 });
  await page.mouse.up();
  await idle(page);
  now = await state(page);
  expect(now.content).toBe(0);

  // Keyboard: End and Home on the focused scroller.
  await page.locator('#scroller').focus();
  await page.keyboard.press('End');
  await expect.poll(async () => (await state(page)).content).toBe(range);
  await idle(page);
  expectRowsMatch(await state(page));
  await page.keyboard.press('Home');
  await expect.poll(async () => (await state(page)).content).toBe(0);
});

test('a scroll command lands on any row, and a row growing above it leaves it in place', async ({ page }) => {
  await page.setViewportSize({ width: 1000, height: 900 });
  await page.goto(base);
  await expect(page.locator('.row').first()).toBeVisible();
  for (const index of [123_456, 199_000, 7, 65_432]) {
    await page.evaluate((i) => window.scrollSpace.scrollToIndex(i), index);
    await expect.poll(async () => (await state(page)).rows[0]?.[0]).toBe(index);
    await idle(page);
    const now = await state(page);
    expect(now.content).toBe(index * ROW);
    expect(now.rows[0]![1]).toBeCloseTo(0, 0);
    expectRowsMatch(now);
  }
  // A row above the viewport grows by 1000 px (a section's real height replacing its estimate).
  await page.evaluate(() => window.scrollSpace.resizeRow(65_000, 1250));
  await idle(page);
  const after = await state(page);
  expect(after.content).toBe(65_432 * ROW + 1000);
  const top = after.rows.find(([i]) => i === 65_432)!;
  expect(top[1]).toBeCloseTo(0, 0);
});

import { defineConfig } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 5199);

/**
 * Browser tests drive the built gallery, served by the real server on the demo library, in
 * Debian's Chromium (Playwright can't download its own browser on these machines).
 */
export default defineConfig({
  testDir: 'tests',
  testMatch: '**/*.spec.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? 'line' : 'list',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 1280, height: 800 },
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    // One process (no npx wrapper), so Playwright can stop it by its PID.
    command: `node --import tsx server/main.ts --data .e2e-data --port ${port}`,
    url: `http://127.0.0.1:${port}/api/libraries`,
    // A fresh clone renders and indexes the demo library first: ~30 s idle, minutes on a busy machine.
    timeout: 900_000,
    reuseExistingServer: !process.env.CI,
    stdout: 'pipe',
    stderr: 'pipe',
  },
});

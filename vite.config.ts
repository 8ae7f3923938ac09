/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const apiPort = Number(process.env.PORT ?? 5180);

/**
 * react-router's package exports point every condition at its development build (warnings,
 * invariant messages): the production build it ships beside it is ~a third smaller.
 */
const reactRouterProduction = fileURLToPath(
  new URL('./node_modules/react-router/dist/production/index.mjs', import.meta.url),
);

export default defineConfig(({ mode }) => ({
  plugins: [react()],
  resolve: mode === 'production' ? { alias: { 'react-router': reactRouterProduction } } : {},
  server: {
    // `npm run dev`: the gallery with hot reload, the API from `npm start` on its port.
    proxy: { '/api': `http://127.0.0.1:${apiPort}` },
  },
  // Not `assets/`: that is the gallery's own route for a photo (`/assets/:assetId`).
  build: { outDir: 'dist', assetsDir: 'static', sourcemap: true },
  test: {
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Playwright specs live in tests/ and run under `playwright test`, never under vitest.
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: ['contract/**/*.test.ts', 'server/**/*.test.ts', 'src/**/*.test.ts', 'bench/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          include: ['src/**/*.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['src/testing/setup.ts'],
        },
      },
    ],
  },
}));

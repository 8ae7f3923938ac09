/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const apiPort = Number(process.env.PORT ?? 5180);

export default defineConfig({
  plugins: [react()],
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
});

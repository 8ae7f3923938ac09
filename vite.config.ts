/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const apiPort = Number(process.env.PORT ?? 5180);

/**
 * react-router's package exports point every condition at its development build (warnings,
 * invariant messages): the production build it ships beside it is ~a third smaller.
 */
const reactRouterProduction = fileURLToPath(
  new URL('./node_modules/react-router/dist/production/index.mjs', import.meta.url),
);

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/**
 * Write a `.br` (quality 11, 9 for the largest) and a `.gz` (level 9) beside every built script, stylesheet and SVG,
 * once per build: the server sends these as they are (server/web/static-assets.ts), so no request
 * pays for the slow, small levels.
 */
function precompress(): Plugin {
  let outDir = 'dist';
  return {
    name: 'contact-sheet:precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    async writeBundle(_options, bundle) {
      const names = Object.keys(bundle).filter((name) => /\.(js|css|svg|json)$/.test(name));
      await Promise.all(
        names.map(async (name) => {
          const file = path.join(outDir, name);
          const body = await readFile(file);
          const params = {
            // 11 costs seconds on the big map outlines for a percent or two: 9 for those.
            [constants.BROTLI_PARAM_QUALITY]: body.length > 200_000 ? 9 : 11,
            [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
            [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
          };
          await writeFile(`${file}.br`, await brotli(body, { params }));
          await writeFile(`${file}.gz`, await gzipAsync(body, { level: 9 }));
        }),
      );
    },
  };
}

export default defineConfig(({ mode }) => ({
  plugins: [react(), precompress()],
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

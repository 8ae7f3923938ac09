import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUDGETS, budgetRows, initialFiles, measureInitialBundle } from './initial-bundle.ts';

const html = `<!doctype html><html><head>
  <script type="module" crossorigin src="/static/index-a.js"></script>
  <link rel="modulepreload" crossorigin href="/static/vendor-b.js">
  <link rel="stylesheet" crossorigin href="/static/index-c.css">
  <link rel="icon" href="/favicon.svg">
  <link rel="stylesheet" href="https://elsewhere.example/x.css">
  <script src="/static/classic.js"></script>
</head><body></body></html>`;

describe('the first visit’s files', () => {
  it('are the module entry, its modulepreloads and the same-origin stylesheets', () => {
    expect(initialFiles(html)).toEqual({
      scripts: ['/static/index-a.js', '/static/vendor-b.js'],
      styles: ['/static/index-c.css'],
    });
  });

  it('are measured gzipped, and a bundle over its budget is flagged', async () => {
    const dist = await mkdtemp(path.join(os.tmpdir(), 'bundle-'));
    await mkdir(path.join(dist, 'static'));
    await writeFile(path.join(dist, 'index.html'), html);
    // Random bytes don't compress: the gzip size is about the raw size.
    const { randomBytes } = await import('node:crypto');
    await writeFile(path.join(dist, 'static/index-a.js'), randomBytes(BUDGETS.initialJsGzipBytes));
    await writeFile(path.join(dist, 'static/vendor-b.js'), 'x'.repeat(50_000));
    await writeFile(path.join(dist, 'static/index-c.css'), 'a{color:red}');
    const bundle = await measureInitialBundle(dist);
    expect(bundle.scripts.map((s) => s.file)).toEqual(['/static/index-a.js', '/static/vendor-b.js']);
    expect(bundle.scripts[1]!.gzipBytes).toBeLessThan(1000);
    expect(bundle.jsGzipBytes).toBeGreaterThan(BUDGETS.initialJsGzipBytes);
    const [js, css] = budgetRows(bundle);
    expect(js!.ok).toBe(false);
    expect(css!.ok).toBe(true);
  });
});

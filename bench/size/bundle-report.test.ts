import { describe, expect, it } from 'vitest';
import { decodeLine, packageOf } from './bundle-report.ts';

describe('packageOf', () => {
  it.each([
    ['../../node_modules/react-dom/cjs/react-dom.production.js', 'react-dom'],
    ['../../../../main/node_modules/@tanstack/query-core/build/modern/query.js', '@tanstack/query-core'],
    ['../../src/api/client.ts', 'app'],
  ])('%s → %s', (source, name) => expect(packageOf(source)).toBe(name));
});

describe('decodeLine', () => {
  it('gives each segment its column and source, carrying the source index across lines', () => {
    const state = { source: 0 };
    // AAAA: col 0 src 0; KCAA: col +5, src +1; GAAA: col +3 (8), src stays 1.
    expect(decodeLine('AAAA,KCAA,GAAA', state)).toEqual([
      [0, 0],
      [5, 1],
      [8, 1],
    ]);
    // A new line starts at column 0; the source (1) carries over.
    expect(decodeLine('AADA', state)).toEqual([[0, 1]]);
  });
});

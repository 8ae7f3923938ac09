import { describe, expect, it } from 'vitest';
import { viewTitle } from './view-title.ts';

describe('viewTitle', () => {
  it.each([
    [{}, 'Photos — Contact Sheet'],
    [{ album: 'Tokyo 2024' }, 'Tokyo 2024 — Contact Sheet'],
    [{ person: 'Ana Ferreira' }, 'Ana Ferreira — Contact Sheet'],
    [
      { album: 'Tokyo 2024', person: 'Ana Ferreira', library: 'Home' },
      'Tokyo 2024 · Ana Ferreira — Contact Sheet',
    ],
    [{ library: 'Home' }, 'Home — Contact Sheet'],
    [{ album: '  ', library: ' ' }, 'Photos — Contact Sheet'],
  ])('%o → %s', (names, title) => {
    expect(viewTitle(names)).toBe(title);
  });
});

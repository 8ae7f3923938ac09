import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { openDb } from '../../server/db/open-db.ts';
import { seedLibrary } from '../../server/testing/seed.ts';
import { renderApp } from '../testing/render.tsx';

describe('the grid', () => {
  it('shows the first page with day headers and alt text', async () => {
    const db = openDb(':memory:');
    seedLibrary(db, { assets: 30 });
    renderApp({ db });
    const photos = await screen.findByRole('region', { name: 'Photos' });
    const links = await within(photos).findAllByRole('link');
    expect(links.length).toBeGreaterThan(10);
    expect(within(photos).getAllByRole('heading', { level: 2 })[0]).toHaveTextContent('Sat, 1 June 2024');
    expect(within(photos).getAllByRole('img')[0]).toHaveAttribute(
      'alt',
      expect.stringMatching(/^Photo taken in Lisbon, Portugal with .+ on 1 June 2024$/),
    );
  });
});

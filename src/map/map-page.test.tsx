import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { paths } from '../routing/paths.ts';
import { seededDb } from '../testing/seeded-db.ts';
import { renderApp } from '../testing/render.tsx';

describe('the map page', () => {
  it('with a 2025 server (no clusters) says it needs a newer one', async () => {
    const { db } = seededDb({ assets: 6 });
    renderApp({ db, route: paths.map(), server: '2025' });
    expect(await screen.findByText('The map needs a newer server')).toBeInTheDocument();
    expect(screen.queryByRole('application')).toBeNull();
  });

  it('with our server opens the map, and the header links back to the photos with the filter', async () => {
    const { db, seeded } = seededDb({ assets: 6, albums: 2 });
    const album = seeded.albumIds[0]!;
    renderApp({ db, route: paths.map({ album }) });
    expect(
      await screen.findByRole('application', { name: /Map of where your photos were taken/ }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Photos' })).toHaveAttribute('href', paths.grid({ album }));
    expect(screen.getByRole('link', { name: 'Map' })).toHaveAttribute('href', paths.map({ album }));
  });
});

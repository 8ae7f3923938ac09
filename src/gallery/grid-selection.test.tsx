import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../testing/render.tsx';
import { seededDb } from '../testing/seeded-db.ts';

const tiles = (region: HTMLElement) => within(region).getAllByRole('link');
const bar = () => screen.findByRole('toolbar', { name: 'Selected photos' });

describe('selecting in the grid (a 2025 server)', () => {
  it('selects with the checks, a click once selecting, a Shift range, Space, Ctrl+A; Esc clears', async () => {
    const { db, seeded } = seededDb({ assets: 8 });
    const { user, router } = renderApp({ server: '2025', db });
    const photos = await screen.findByRole('region', { name: 'Photos' });
    await waitFor(() => expect(tiles(photos)).toHaveLength(8));
    expect(screen.queryByRole('toolbar', { name: 'Selected photos' })).not.toBeInTheDocument();

    // The first tile's check starts selecting; a click on another tile then selects it too.
    await user.click(within(photos).getAllByRole('checkbox')[0]!);
    expect(await bar()).toHaveTextContent('1 selected');
    await user.click(tiles(photos)[2]!);
    expect(await bar()).toHaveTextContent('2 selected');
    expect(router.state.location.pathname).toBe('/');

    // Shift+click: everything loaded from the last one (tile 2) to tile 5.
    await user.keyboard('{Shift>}');
    await user.click(tiles(photos)[5]!);
    await user.keyboard('{/Shift}');
    expect(await bar()).toHaveTextContent('5 selected');
    expect(tiles(photos).map((t) => t.getAttribute('aria-selected'))).toEqual([
      'true',
      'false',
      'true',
      'true',
      'true',
      'true',
      'false',
      'false',
    ]);

    // Space toggles the focused tile.
    tiles(photos)[7]!.focus();
    await user.keyboard(' ');
    expect(await bar()).toHaveTextContent('6 selected');
    expect(tiles(photos)[7]).toHaveAttribute('data-asset-id', seeded.assetIds[7]);

    // Ctrl+A: every loaded photo; Esc clears and the bar goes.
    await user.keyboard('{Control>}a{/Control}');
    expect(await bar()).toHaveTextContent('8 selected');
    await user.keyboard('{Escape}');
    await waitFor(() =>
      expect(screen.queryByRole('toolbar', { name: 'Selected photos' })).not.toBeInTheDocument(),
    );
    expect(tiles(photos)[0]).not.toHaveAttribute('aria-selected');
  });
});

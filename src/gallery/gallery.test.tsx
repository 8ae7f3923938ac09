import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { seededDb } from '../testing/seeded-db.ts';
import { justifiedRows } from '../layout/justified-rows.ts';
import { targetRowHeightFor } from '../layout/row-height.ts';
import { renderApp } from '../testing/render.tsx';
import { TEST_WIDTH } from '../testing/setup.ts';
import { SCRUBBER_GUTTER } from '../timeline/timeline-geometry.ts';
import { GAP, PADDING_END, PADDING_X } from './grid-geometry.ts';

const tileIds = (region: HTMLElement) =>
  within(region)
    .queryAllByRole('link')
    .map((link) => link.getAttribute('data-asset-id'));

function scrollGrid(region: HTMLElement, top: number) {
  act(() => {
    region.scrollTop = top;
    fireEvent.scroll(region);
  });
}

describe('the grid', () => {
  it('shows the first page newest first, with day headers and alt text', async () => {
    const { db, seeded } = seededDb({ assets: 30 });
    renderApp({ server: '2025', db });
    const photos = await screen.findByRole('region', { name: 'Photos' });
    await waitFor(() => expect(tileIds(photos).length).toBeGreaterThan(10));
    expect(tileIds(photos).slice(0, 3)).toEqual(seeded.assetIds.slice(0, 3));
    expect(within(photos).getAllByRole('heading', { level: 2 })[0]).toHaveTextContent('Sat, June 1, 2024');
    expect(within(photos).getAllByRole('img')[0]).toHaveAttribute(
      'alt',
      expect.stringMatching(/^Photo taken in Lisbon, Portugal with .+ on June 1, 2024$/),
    );
    // Everything fits on one page: the end of the list says how many there are.
    expect(await screen.findByText('30 photos')).toBeInTheDocument();
  });

  it('mounts only the rows near the viewport', async () => {
    const { db } = seededDb({ assets: 100 });
    renderApp({ server: '2025', db });
    const photos = await screen.findByRole('region', { name: 'Photos' });
    await waitFor(() => expect(tileIds(photos).length).toBeGreaterThan(0));
    // 1024×768 at five columns: a few rows of five, never the whole page of 100.
    expect(tileIds(photos).length).toBeLessThan(50);
  });

  it('asks for the next page well before the end of the loaded rows, then shows it', async () => {
    const { db, seeded } = seededDb({ assets: 250 });
    const { requests } = renderApp({ server: '2025', db });
    const photos = await screen.findByRole('region', { name: 'Photos' });
    await waitFor(() => expect(tileIds(photos).length).toBeGreaterThan(0));
    const assetPages = () => requests.filter((url) => url.startsWith('/api/assets?'));
    expect(assetPages()).toHaveLength(1);
    expect(assetPages()[0]).toContain('limit=100');

    // Near the end of the loaded rows: the second page is requested from the last id.
    const canvas = photos.firstElementChild as HTMLElement;
    const loadedHeight = () => Number.parseFloat(canvas.style.height);
    scrollGrid(photos, loadedHeight() - 3000);
    await waitFor(() => expect(assetPages()).toHaveLength(2));
    expect(assetPages()[1]).toContain(`starting_after_id=${seeded.assetIds[99]}`);

    // Scroll into the new page: its photos are mounted.
    await waitFor(() => expect(tileIds(photos)).not.toContain(undefined));
    scrollGrid(photos, loadedHeight() * 0.6);
    await waitFor(() => {
      const shown = tileIds(photos).map((id) => seeded.assetIds.indexOf(id ?? ''));
      expect(Math.max(...shown)).toBeGreaterThanOrEqual(100);
    });
  });

  it('holds the next page’s space with grey placeholder tiles until it arrives', async () => {
    const { db, seeded } = seededDb({ assets: 150 });
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const { requests } = renderApp({
      server: '2025',
      db,
      beforeRequest: (url) => (url.includes('starting_after_id=') ? held : undefined),
    });
    const photos = await screen.findByRole('region', { name: 'Photos' });
    await waitFor(() => expect(tileIds(photos).length).toBeGreaterThan(0));
    const canvas = photos.firstElementChild as HTMLElement;
    // A page of placeholders is 100 square tiles in justified rows: look at the seam above them.
    const placeholderRows = justifiedRows(
      Array.from({ length: 100 }, () => ({ aspectRatio: 1 })),
      {
        width: TEST_WIDTH - 2 * PADDING_X - SCRUBBER_GUTTER,
        gap: GAP,
        targetRowHeight: targetRowHeightFor(TEST_WIDTH, 0),
      },
    );
    const placeholderSpace = placeholderRows.reduce((sum, row) => sum + row.height + GAP, 0);
    scrollGrid(photos, Number.parseFloat(canvas.style.height) - PADDING_END - placeholderSpace - 600);
    await waitFor(() => expect(requests.some((url) => url.includes('starting_after_id='))).toBe(true));
    expect(screen.getAllByTestId('placeholder-row').length).toBeGreaterThan(0);
    const rowOf = (id: string) =>
      (photos.querySelector(`[data-asset-id="${id}"]`)?.parentElement as HTMLElement | null)?.style.transform;
    const lastOfFirstPage = rowOf(seeded.assetIds[99]!);
    expect(lastOfFirstPage).toMatch(/translateY/);

    release();
    await screen.findByText('150 photos');
    expect(screen.queryAllByTestId('placeholder-row')).toHaveLength(0);
    // The new photos took the placeholders' place; nothing above them moved.
    expect(rowOf(seeded.assetIds[99]!)).toBe(lastOfFirstPage);
    expect(tileIds(photos)).toContain(seeded.assetIds[100]);
  });

  it('comes back to the same place after a reload', async () => {
    const { db, seeded } = seededDb({ assets: 100 });
    const first = renderApp({ server: '2025', db });
    let photos = await screen.findByRole('region', { name: 'Photos' });
    await waitFor(() => expect(tileIds(photos).length).toBeGreaterThan(0));
    scrollGrid(photos, 2500);
    const shownThere = await waitFor(() => {
      const ids = tileIds(photos);
      expect(ids).not.toContain(seeded.assetIds[0]);
      return ids;
    });
    first.unmount();

    // A new page load: fresh router, cache and grid memory; only sessionStorage survives.
    first.gridMemory.flush();
    expect(sessionStorage.length).toBe(1);
    renderApp({ server: '2025', db });
    photos = await screen.findByRole('region', { name: 'Photos' });
    await waitFor(() => expect(photos.scrollTop).toBe(2500));
    await waitFor(() => expect(tileIds(photos)).toEqual(shownThere));
  });

  it('says so when the library is empty', async () => {
    renderApp({ server: '2025' });
    expect(await screen.findByText('This library has no photos yet')).toBeInTheDocument();
  });

  it('shows the server’s message and retries when the API fails', async () => {
    const { db } = seededDb({ assets: 12 });
    // Break the table under the server: every asset query now answers 500.
    db.exec('ALTER TABLE assets RENAME TO assets_away');
    const { user } = renderApp({ server: '2025', db });
    // The grid's alert: the sidebar's album list (covers, dates) reads the assets table too and
    // shows its own.
    const alert = await within(await screen.findByRole('main')).findByRole('alert');
    expect(alert).toHaveTextContent('Something went wrong (500)');
    expect(alert).toHaveTextContent('Internal Server Error');

    db.exec('ALTER TABLE assets_away RENAME TO assets');
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    const photos = await screen.findByRole('region', { name: 'Photos' });
    await waitFor(() => expect(tileIds(photos)).toHaveLength(12));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says once that an unknown album isn’t in the library, and offers to remove it', async () => {
    const { db } = seededDb({ assets: 3 });
    renderApp({ server: '2025', db, route: '/?album=not-an-album' });
    const notice = await screen.findByText('This album isn’t in your library', {}, { timeout: 5000 });
    expect(notice).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Remove it from the filters' })).toHaveAttribute('href', '/');
    expect(screen.getByRole('list', { name: 'Active filters' })).toHaveTextContent('Unknown album');
    expect(screen.queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument();
    expect(screen.queryByText(/album_id/)).not.toBeInTheDocument();
  });
});

describe('keyboard', () => {
  it('moves focus with the arrow keys, opens with Enter, and Esc returns focus to the photo', async () => {
    const { db, seeded } = seededDb({ assets: 40 });
    const { user, router } = renderApp({ server: '2025', db });
    const photos = await screen.findByRole('region', { name: 'Photos' });
    await waitFor(() => expect(tileIds(photos).length).toBeGreaterThan(5));
    const focusedId = () => document.activeElement?.getAttribute('data-asset-id');

    // One tab stop for the whole grid.
    const tabbable = within(photos)
      .getAllByRole('link')
      .filter((link) => link.tabIndex === 0);
    expect(tabbable).toHaveLength(1);
    within(photos).getAllByRole('link')[0]!.focus();
    expect(focusedId()).toBe(seeded.assetIds[0]);

    await user.keyboard('{ArrowRight}');
    expect(focusedId()).toBe(seeded.assetIds[1]);
    // 1 June holds two photos, 31 May four: ↓ goes to the same column of the next day's row.
    await user.keyboard('{ArrowDown}');
    expect(focusedId()).toBe(seeded.assetIds[3]);
    await user.keyboard('{ArrowLeft}{ArrowUp}');
    expect(focusedId()).toBe(seeded.assetIds[0]);

    // End: the last loaded photo, scrolled into view and focused.
    await user.keyboard('{End}');
    await waitFor(() => expect(focusedId()).toBe(seeded.assetIds[39]));

    await user.keyboard('{Enter}');
    expect(await screen.findByRole('dialog', { name: 'Photo viewer' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/assets/${seeded.assetIds[39]}`);

    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(router.state.location.pathname).toBe('/');
    await waitFor(() => expect(focusedId()).toBe(seeded.assetIds[39]));
  });

  it('over the viewer, Esc closes the shortcuts list first, then the viewer', async () => {
    const { db, seeded } = seededDb({ assets: 5 });
    const { user, router } = renderApp({ server: '2025', db });
    const photos = await screen.findByRole('region', { name: 'Photos' });
    await waitFor(() => expect(tileIds(photos).length).toBe(5));
    within(photos).getAllByRole('link')[1]!.focus();
    await user.keyboard('{Enter}');
    await screen.findByRole('dialog', { name: 'Photo viewer' });

    await user.keyboard('?');
    expect(await screen.findByRole('dialog', { name: 'Keyboard shortcuts' })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog', { name: 'Keyboard shortcuts' })).not.toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/assets/${seeded.assetIds[1]}`);

    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    // Back on the grid, the list opens and closes again, focus wherever it is.
    await user.keyboard('?');
    await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('opens the shortcuts list with ? and closes it with Esc', async () => {
    const { user } = renderApp({ server: '2025' });
    await screen.findByText('This library has no photos yet');
    await user.keyboard('?');
    const dialog = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(within(dialog).getByText('Show all faces on the photo')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});

import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { addSeededLibrary, seededDb } from '../testing/seeded-db.ts';
import { paths } from '../routing/paths.ts';
import { renderApp } from '../testing/render.tsx';

/**
 * Wait until the grid holds exactly `expected` (newest first): its footer counts them all, and
 * the tiles mounted in the viewport are the first of them, in order.
 */
async function expectGrid(expected: string[]) {
  const photos = await screen.findByRole('region', { name: 'Photos' });
  await waitFor(() => {
    expect(photos).toHaveTextContent(expected.length === 1 ? '1 photo' : `${expected.length} photos`);
    const shown = within(photos)
      .getAllByRole('link')
      .map((link) => link.getAttribute('data-asset-id'));
    expect(shown.length).toBeGreaterThan(0);
    expect(shown).toEqual(expected.slice(0, shown.length));
  });
}

// Seeded asset i is in album i % 3 and shows person j when i % (j + 2) === 0.
const where = (ids: string[], keep: (i: number) => boolean) => ids.filter((_, i) => keep(i));

describe('filters', () => {
  it('an album in the URL shows only that album’s photos, and the sidebar marks it', async () => {
    const { db, seeded } = seededDb({ assets: 30, albums: 3 });
    renderApp({ db, route: paths.grid({ album: seeded.albumIds[1] }) });
    await expectGrid(where(seeded.assetIds, (i) => i % 3 === 1));
    const nav = screen.getByRole('navigation', { name: 'Filters' });
    expect(await within(nav).findByRole('link', { current: true })).toHaveTextContent('Album B10');
  });

  it('a person in the URL shows only photos with that person', async () => {
    const { db, seeded } = seededDb({ assets: 24, albums: 2, people: 4 });
    renderApp({ db, route: paths.grid({ person: seeded.personIds[1] }) });
    await expectGrid(where(seeded.assetIds, (i) => i % 3 === 0));
  });

  it('album AND person combine, chips show both, and × clears one of them', async () => {
    const { db, seeded } = seededDb({ assets: 36, albums: 3, people: 2 });
    const { user, router } = renderApp({
      db,
      route: paths.grid({ album: seeded.albumIds[0], person: seeded.personIds[0] }),
    });
    await expectGrid(where(seeded.assetIds, (i) => i % 6 === 0));

    const chips = screen.getByRole('list', { name: 'Active filters' });
    expect(await within(chips).findByText('Album A')).toBeInTheDocument();
    expect(await within(chips).findByText('Ana Ferreira')).toBeInTheDocument();

    await user.click(within(chips).getByRole('link', { name: 'Clear person filter: Ana Ferreira' }));
    expect(router.state.location.search).toBe(`?album=${seeded.albumIds[0]}`);
    await expectGrid(where(seeded.assetIds, (i) => i % 3 === 0));
  });

  it('choosing in the sidebar changes the URL, and Back restores the previous view', async () => {
    const { db, seeded } = seededDb({ assets: 12, albums: 2, people: 2 });
    const { user, router } = renderApp({ db });
    await expectGrid(seeded.assetIds);
    const nav = screen.getByRole('navigation', { name: 'Filters' });

    await user.click(await within(nav).findByRole('link', { name: /Album B/ }));
    expect(router.state.location.search).toBe(`?album=${seeded.albumIds[1]}`);
    await expectGrid(where(seeded.assetIds, (i) => i % 2 === 1));

    await user.click(await within(nav).findByRole('link', { name: /Rui Costa/ }));
    expect(router.state.location.search).toBe(`?album=${seeded.albumIds[1]}&person=${seeded.personIds[1]}`);
    await expectGrid(where(seeded.assetIds, (i) => i % 2 === 1 && i % 3 === 0));

    await act(() => router.navigate(-1));
    expect(router.state.location.search).toBe(`?album=${seeded.albumIds[1]}`);
    await expectGrid(where(seeded.assetIds, (i) => i % 2 === 1));
  });

  it('lists people with counts and keeps unnamed people behind a toggle', async () => {
    const { db } = seededDb({ assets: 10, people: 2 });
    const { user } = renderApp({ db });
    const nav = screen.getByRole('navigation', { name: 'Filters' });
    const ana = await within(nav).findByRole('link', { name: /Ana Ferreira/ });
    expect(within(ana).getByLabelText('5 photos')).toBeInTheDocument();
    expect(within(nav).queryByText('Unnamed person')).not.toBeInTheDocument();
    const toggle = within(nav).queryByRole('button', { name: /unnamed/ });
    if (toggle) {
      await user.click(toggle);
      expect(within(nav).getAllByText('Unnamed person').length).toBeGreaterThan(0);
    }
  });

  it('offers a library selector when there are several, and it filters the grid', async () => {
    const { db } = seededDb({ assets: 4, root: '/photos/home', name: 'Home' });
    const work = addSeededLibrary(db, { assets: 3, root: '/photos/work', name: 'Work' });
    const { user, router } = renderApp({ db });
    await screen.findByText('7 photos');
    const picker = await screen.findByRole('combobox', { name: 'Library' });
    await user.selectOptions(picker, 'Work');
    expect(router.state.location.search).toBe(`?library=${work.libraryId}`);
    await expectGrid(work.assetIds);
  });

  it('pages the album list with a “Show more” button', async () => {
    const { db } = seededDb({ assets: 60, albums: 60 });
    const { user } = renderApp({ db });
    const nav = screen.getByRole('navigation', { name: 'Filters' });
    // The albums section's own links (places are links too).
    const albums = () => within(within(nav).getByRole('region', { name: 'Albums' })).getAllByRole('link');
    await waitFor(() => expect(albums()).toHaveLength(50));
    await user.click(within(nav).getByRole('button', { name: 'Show more albums' }));
    await waitFor(() => expect(albums()).toHaveLength(60));
    expect(within(nav).queryByRole('button', { name: 'Show more albums' })).not.toBeInTheDocument();
  });

  it('on a phone, the Filters button opens the drawer; Esc or a choice closes it', async () => {
    const { db } = seededDb({ assets: 6, albums: 2 });
    const { user } = renderApp({ db });
    const button = screen.getByRole('button', { name: 'Filters' });
    const nav = screen.getByRole('navigation', { name: 'Filters' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(nav).toHaveClass('sidebar--open');
    await user.keyboard('{Escape}');
    expect(button).toHaveAttribute('aria-expanded', 'false');

    await user.click(button);
    await user.click(await within(nav).findByRole('link', { name: /Album A/ }));
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(nav).not.toHaveClass('sidebar--open');
  });

  it('says no photos match when a combination is empty', async () => {
    // Asset 1 is the only one in album B; person Rui (j = 1) is only in asset 0.
    const { db, seeded } = seededDb({ assets: 3, albums: 3, people: 2 });
    renderApp({ db, route: paths.grid({ album: seeded.albumIds[1], person: seeded.personIds[1] }) });
    expect(await screen.findByText('No photos match these filters')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'show all photos' })).toHaveAttribute('href', '/');
  });
});

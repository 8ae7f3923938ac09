import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { paths } from '../routing/paths.ts';
import { renderApp } from '../testing/render.tsx';
import { seededDb } from '../testing/seeded-db.ts';

/** The sidebar's entries of one section, as "name count" in order (the chosen one first). */
async function entries(heading: string): Promise<string[]> {
  const nav = screen.getByRole('navigation', { name: 'Filters' });
  const section = within(nav).getByRole('region', { name: heading });
  await waitFor(() => expect(within(section).queryAllByRole('link').length).toBeGreaterThan(0));
  return within(section)
    .getAllByRole('link')
    .map((link) => {
      const name = link.querySelector('.sidebar__name')?.textContent ?? '';
      const count = link.querySelector('.sidebar__count')?.textContent ?? '';
      return `${link.getAttribute('aria-current') ? '*' : ''}${name} ${count}`.trim();
    });
}

// Asset i is in album i % 3; Ana is in the even assets, Rui in those with i % 3 === 0.
describe('filters that narrow each other', () => {
  it('albums narrow by the person and count that person’s photos in each', async () => {
    const { db, seeded } = seededDb({ assets: 30, albums: 3, people: 2 });
    renderApp({ db, route: paths.grid({ person: seeded.personIds[1] }) });
    await waitFor(async () => expect(await entries('Albums')).toEqual(['Album A 10']));
    await waitFor(async () => expect(await entries('People')).toEqual(['*Rui Costa 10', 'Ana Ferreira 15']));
  });

  it('people narrow by the album with counts inside it; the chosen ones stay pinned at 0', async () => {
    const { db, seeded } = seededDb({ assets: 30, albums: 3, people: 2 });
    const { user } = renderApp({
      db,
      route: paths.grid({ album: seeded.albumIds[1], person: seeded.personIds[1] }),
    });
    expect(await screen.findByText('No photos match these filters')).toBeInTheDocument();
    await waitFor(async () => expect(await entries('People')).toEqual(['*Rui Costa 0', 'Ana Ferreira 5']));
    await waitFor(async () => expect(await entries('Albums')).toEqual(['*Album B 0', 'Album A 10']));

    // Album A with Rui: a way out of the empty view, with the count the album promised.
    const nav = screen.getByRole('navigation', { name: 'Filters' });
    await user.click(within(nav).getByRole('link', { name: /Album A/ }));
    expect(await screen.findByText('10 photos')).toBeInTheDocument();
    await waitFor(async () => expect(await entries('Albums')).toEqual(['*Album A 10']));
  });
});

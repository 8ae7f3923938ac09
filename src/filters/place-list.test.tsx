import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { paths } from '../routing/paths.ts';
import { renderApp } from '../testing/render.tsx';
import { seededDb } from '../testing/seeded-db.ts';

/** The seed puts even assets in Lisbon, Portugal; here i % 4 === 1 are in Porto ("PT"), i % 4 === 3 in Iceland. */
function placedDb() {
  const { db, seeded } = seededDb({ assets: 40, albums: 2, people: 2 });
  const set = db.prepare(
    `UPDATE assets SET exif_json = json_set(exif_json, '$.country', ?, '$.city', ?) WHERE rel_path LIKE ?`,
  );
  for (let i = 1; i < 40; i += 2) {
    const name = `%IMG_${String(i).padStart(5, '0')}.jpg`;
    if (i % 4 === 1) set.run('PT', 'Porto', name);
    else set.run('Iceland', null, name);
  }
  return { db, seeded };
}

/** The links of a sidebar section as "name count" in order (`*` marks the chosen ones). */
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

// Asset i is in album i % 2 (A even: Lisbon; B odd: Porto and Iceland); Ana in the even ones,
// Rui in those with i % 3 === 0.
describe('places in the sidebar', () => {
  it('lists countries with counts, opens one to its cities, and a city is a filter with a chip', async () => {
    const { db } = placedDb();
    const { user, router } = renderApp({ db, route: '/' });
    await waitFor(async () => expect(await entries('Places')).toEqual(['Portugal 30', 'Iceland 10']));
    const places = within(screen.getByRole('region', { name: 'Places' }));
    const open = places.getByRole('button', { name: 'Cities in Portugal' });
    expect(open).toHaveAttribute('aria-expanded', 'false');
    await user.click(open);
    expect(open).toHaveAttribute('aria-expanded', 'true');
    expect(await entries('Places')).toEqual(['Portugal 30', 'Lisbon 20', 'Porto 10', 'Iceland 10']);

    await user.click(places.getByRole('link', { name: /Porto/ }));
    expect(router.state.location.search).toBe('?country=PT&city=Porto');
    expect(await screen.findByText('10 photos')).toBeInTheDocument();
    const chips = within(screen.getByRole('list', { name: 'Active filters' }));
    expect(chips.getByText('Porto, Portugal')).toBeInTheDocument();
    // Pinned: the country, then the chosen city; the other cities and countries to switch to.
    await waitFor(async () =>
      expect(await entries('Places')).toEqual(['Portugal 30', '*Porto 10', 'Lisbon 20', 'Iceland 10']),
    );
    // The place narrows the albums (Porto is in album B only) and counts the people there.
    await waitFor(async () => expect(await entries('Albums')).toEqual(['Album B 10']));
    await waitFor(async () => expect(await entries('People')).toEqual(['Rui Costa 3']));

    await user.click(chips.getByRole('link', { name: 'Clear place filter: Porto, Portugal' }));
    expect(router.state.location.search).toBe('');
  });

  it('narrows by the person, keeping the chosen place pinned at 0 when none of theirs is there', async () => {
    const { db, seeded } = placedDb();
    renderApp({ db, route: paths.grid({ person: seeded.personIds[0], country: 'IS' }) });
    expect(await screen.findByText('No photos match these filters')).toBeInTheDocument();
    await waitFor(async () => expect(await entries('Places')).toEqual(['*Iceland 0', 'Portugal 20']));
  });

  it('says plainly that places need our server when the server has none', async () => {
    const { db } = placedDb();
    renderApp({ db, route: '/', server: '2025' });
    expect(await screen.findByText(/Places need this app’s own photo server/)).toBeInTheDocument();
  });
});

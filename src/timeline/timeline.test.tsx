import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../testing/render.tsx';
import { seededDb } from '../testing/seeded-db.ts';

// The seed takes a photo every 7 hours back from 1 June 2024 12:00: 300 photos span June back
// into March, four months.
const tilesOf = (region: HTMLElement) => [...region.querySelectorAll<HTMLElement>('a[data-asset-id]')];
const monthsShown = (region: HTMLElement) =>
  [...region.querySelectorAll<HTMLElement>('section[data-month]')].map((s) => s.dataset.month);

describe('the timeline', () => {
  it('is the months of the counts, newest first, each loading its photos inside its own window', async () => {
    const { db, seeded } = seededDb({ assets: 300 });
    const { requests } = renderApp({ db });
    const photos = await screen.findByRole('region', { name: 'Photos' });
    await waitFor(() => expect(tilesOf(photos).length).toBeGreaterThan(5));
    expect(monthsShown(photos)[0]).toBe('2024-06');
    expect(within(photos).getAllByRole('heading', { level: 2 })[0]).toHaveTextContent('June 2024');
    expect(tilesOf(photos)[0]?.dataset.assetId).toBe(seeded.assetIds[0]);
    expect(requests.some((url) => url.startsWith('/api/assets/counts?'))).toBe(true);
    const june = requests.find(
      (url) => url.startsWith('/api/assets?') && url.includes('local_datetime_before'),
    );
    expect(june).toContain('local_datetime_after=2024-05-31T23%3A59%3A59.999');
    expect(june).toContain('local_datetime_before=2024-07-01T00%3A00%3A00');
    // Not every month at once: the oldest (March) is far below the first screen.
    expect(requests.some((url) => url.includes('local_datetime_before=2024-04-01'))).toBe(false);
  });

  it('asks for the newest month’s page as the counts arrive, before the timeline has rendered', async () => {
    const { db } = seededDb({ assets: 40 });
    // Whether the timeline had drawn a month section when each month page reached the server.
    const drawnAtRequest: boolean[] = [];
    const { requests } = renderApp({
      db,
      beforeRequest: (url) => {
        if (url.startsWith('/api/assets?') && url.includes('local_datetime_before'))
          drawnAtRequest.push(document.querySelector('section[data-month]') !== null);
      },
    });
    const photos = await screen.findByRole('region', { name: 'Photos' });
    await waitFor(() => expect(tilesOf(photos).length).toBeGreaterThan(5));
    expect(drawnAtRequest[0]).toBe(false);
    // Once: the section's own query found it in flight.
    expect(requests.filter((url) => url.includes('local_datetime_before=2024-07-01')).length).toBe(1);
  });

  it('keeps each photo’s shape: a 4000×3000 photo is a 4:3 tile', async () => {
    const { db } = seededDb({ assets: 40 });
    renderApp({ db });
    const photos = await screen.findByRole('region', { name: 'Photos' });
    await waitFor(() => expect(tilesOf(photos).length).toBeGreaterThan(5));
    for (const tile of tilesOf(photos).slice(0, -1)) {
      const ratio = Number.parseFloat(tile.style.width) / Number.parseFloat(tile.style.height);
      expect(ratio).toBeCloseTo(4 / 3, 1);
    }
  });

  it('starts at the month the URL names, and keeps a month in the URL', async () => {
    const { db } = seededDb({ assets: 300 });
    const { router, requests } = renderApp({ db, route: '/?at=2024-04' });
    const photos = await screen.findByRole('region', { name: 'Photos' });
    await waitFor(() =>
      expect(photos.querySelector('section[data-month="2024-04"] a[data-asset-id]')).not.toBeNull(),
    );
    // April's photos were asked for without paging through June and May first.
    expect(requests.some((url) => url.includes('local_datetime_before=2024-05-01'))).toBe(true);
    // (jsdom settles the scroll corrections of the months above a little differently from a
    // browser; tests/timeline.spec.ts checks the exact month in Chromium.)
    await waitFor(() => expect(router.state.location.search).toMatch(/at=2024-0[45]/));
  });

  it('the scrubber’s keys travel by month and by year', async () => {
    const { db } = seededDb({ assets: 300 });
    const { user, requests } = renderApp({ db });
    const photos = await screen.findByRole('region', { name: 'Photos' });
    await waitFor(() => expect(tilesOf(photos).length).toBeGreaterThan(5));
    expect(requests.some((url) => url.includes('local_datetime_before=2024-04-01'))).toBe(false);
    const slider = screen.getByRole('slider', { name: 'Timeline' });
    expect(slider).toHaveAttribute('aria-valuetext', 'June 2024');
    expect(slider).toHaveAttribute('aria-valuemax', '3');
    slider.focus();
    await user.keyboard('{End}');
    // A browser fires `scroll` when scrollTop is written; jsdom doesn't.
    fireEvent.scroll(photos);
    // The oldest month's photos are asked for at once.
    await waitFor(() =>
      expect(requests.some((url) => url.includes('local_datetime_before=2024-04-01'))).toBe(true),
    );
  });

  it('the viewer steps from a month’s last photo to the next month’s first', async () => {
    const { db, seeded } = seededDb({ assets: 300 });
    // Photo 0 is 1 June 12:00; photo 1 is 1 June 05:00; photo 2 is 31 May 22:00 (May).
    const { user, router } = renderApp({ db, route: `/assets/${seeded.assetIds[1]}` });
    await screen.findByRole('dialog', { name: 'Photo viewer' });
    await waitFor(() => expect(screen.getByText(/2 of 300$/)).toBeInTheDocument());
    await user.keyboard('{ArrowRight}');
    await waitFor(() => expect(router.state.location.pathname).toBe(`/assets/${seeded.assetIds[2]}`));
    expect(await screen.findByText(/3 of 300$/)).toBeInTheDocument();
    await user.keyboard('{ArrowLeft}');
    await waitFor(() => expect(router.state.location.pathname).toBe(`/assets/${seeded.assetIds[1]}`));
  });
});

describe('a server without month counts', () => {
  it('gets the cursor-paged grid', async () => {
    const { db, seeded } = seededDb({ assets: 30 });
    const { requests } = renderApp({ db, server: '2025' });
    const photos = await screen.findByRole('region', { name: 'Photos' });
    await waitFor(() => expect(tilesOf(photos).length).toBeGreaterThan(5));
    expect(tilesOf(photos)[0]?.dataset.assetId).toBe(seeded.assetIds[0]);
    expect(photos.querySelector('section[data-month]')).toBeNull();
    expect(requests.filter((url) => url.startsWith('/api/assets?'))[0]).not.toContain('local_datetime');
  });
});

import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { seededDb } from '../testing/seeded-db.ts';
import { paths } from '../routing/paths.ts';
import { renderApp } from '../testing/render.tsx';

describe('the viewer', () => {
  it('opens at /assets/:id with the preview, the info panel and a download link', async () => {
    const { db, seeded } = seededDb({ assets: 5 });
    renderApp({ db, route: paths.asset(seeded.assetIds[0]!) });
    const viewer = await screen.findByRole('dialog', { name: 'Photo viewer' });
    const image = await within(viewer).findByRole('img', { name: /^Photo taken in Lisbon, Portugal/ });
    expect(image.getAttribute('src')).toMatch(/\/thumbnail\?(.+&)?size=preview$/);
    const panel = await within(viewer).findByRole('complementary', { name: 'Photo details' });
    expect(panel).toHaveTextContent('Canon EOS R6');
    expect(panel).toHaveTextContent('Ana Ferreira');
    expect(within(viewer).getByRole('link', { name: 'Download original' }).getAttribute('href')).toMatch(
      /download/,
    );
    // The grid underneath is inert while the viewer is open.
    expect(document.querySelector('.app-body')).toHaveAttribute('inert');
  });

  it('steps with ←/→ through the filtered list, into the next page, and Esc goes back to the grid', async () => {
    const { db, seeded } = seededDb({ assets: 120 });
    // A server without month counts: the viewer steps through the grid's one cursor-paged list.
    const { user, router, requests } = renderApp({
      server: '2025',
      db,
      route: paths.asset(seeded.assetIds[98]!),
    });
    await screen.findByRole('dialog', { name: 'Photo viewer' });
    // Wait for the grid's list to load so the viewer knows its neighbours.
    await waitFor(() => expect(screen.getByRole('button', { name: 'Next photo' })).toBeEnabled());

    await user.keyboard('{ArrowRight}');
    expect(router.state.location.pathname).toBe(paths.asset(seeded.assetIds[99]!));
    // The last loaded photo: → fetches the next page (if not already prefetched) and moves on.
    await user.keyboard('{ArrowRight}');
    await waitFor(() => expect(router.state.location.pathname).toBe(paths.asset(seeded.assetIds[100]!)));
    expect(requests.some((url) => url.includes(`starting_after_id=${seeded.assetIds[99]}`))).toBe(true);

    await user.keyboard('{ArrowLeft}');
    expect(router.state.location.pathname).toBe(paths.asset(seeded.assetIds[99]!));

    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(router.state.location.pathname).toBe('/');
  });

  it('steps from the photo asked for when keys come faster than renders', async () => {
    const { db, seeded } = seededDb({ assets: 8 });
    const { router } = renderApp({ db, route: paths.asset(seeded.assetIds[0]!) });
    await waitFor(() => expect(screen.getByRole('button', { name: 'Next photo' })).toBeEnabled());
    // Three presses dispatched back to back, outside act(): no render can happen in between.
    for (let i = 0; i < 3; i++) window.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(paths.asset(seeded.assetIds[3]!)));
  });

  it('keeps the filter while stepping: only the album’s photos', async () => {
    const { db, seeded } = seededDb({ assets: 9, albums: 3 });
    const album = seeded.albumIds[2]!;
    const { user, router } = renderApp({ db, route: paths.asset(seeded.assetIds[2]!, { album }) });
    await waitFor(() => expect(screen.getByRole('button', { name: 'Next photo' })).toBeEnabled());
    expect(screen.getByRole('button', { name: 'Previous photo' })).toBeDisabled();
    await user.keyboard('{ArrowRight}');
    await waitFor(() =>
      expect(router.state.location.pathname + router.state.location.search).toBe(
        paths.asset(seeded.assetIds[5]!, { album }),
      ),
    );
  });

  it('steps with a sideways swipe on a touch screen, and a swipe down closes', async () => {
    const { db, seeded } = seededDb({ assets: 3 });
    const { router } = renderApp({ db, route: paths.asset(seeded.assetIds[1]!) });
    await waitFor(() => expect(screen.getByRole('button', { name: 'Next photo' })).toBeEnabled());
    const swipe = (fromX: number, toX: number, dy = 0) => {
      const stage = document.querySelector('.viewer-zoom-stage')!;
      fireEvent.pointerDown(stage, { pointerType: 'touch', pointerId: 1, clientX: fromX, clientY: 200 });
      fireEvent.pointerMove(stage, { pointerType: 'touch', pointerId: 1, clientX: toX, clientY: 200 + dy });
      fireEvent.pointerUp(stage, { pointerType: 'touch', pointerId: 1, clientX: toX, clientY: 200 + dy });
    };
    swipe(300, 100);
    await waitFor(() => expect(router.state.location.pathname).toBe(paths.asset(seeded.assetIds[2]!)));
    swipe(100, 300, -400); // mostly upwards: neither a step nor a close
    swipe(100, 130); // too short
    expect(router.state.location.pathname).toBe(paths.asset(seeded.assetIds[2]!));
    swipe(100, 300);
    await waitFor(() => expect(router.state.location.pathname).toBe(paths.asset(seeded.assetIds[1]!)));
    swipe(200, 210, 200);
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Photo viewer' })).toBeNull());
  });

  it('a tap hides the controls and another brings them back', async () => {
    const { db, seeded } = seededDb({ assets: 2 });
    renderApp({ db, route: paths.asset(seeded.assetIds[0]!) });
    const viewer = await screen.findByRole('dialog', { name: 'Photo viewer' });
    await waitFor(() => expect(document.querySelector('.viewer-zoom-stage')).not.toBeNull());
    const tap = () => {
      const stage = document.querySelector('.viewer-zoom-stage')!;
      fireEvent.pointerDown(stage, { pointerType: 'touch', pointerId: 2, clientX: 200, clientY: 200 });
      fireEvent.pointerUp(stage, { pointerType: 'touch', pointerId: 2, clientX: 200, clientY: 200 });
    };
    tap();
    await waitFor(() => expect(viewer).toHaveClass('viewer--bare'));
    await new Promise((resolve) => setTimeout(resolve, 350)); // not a double tap
    tap();
    await waitFor(() => expect(viewer).not.toHaveClass('viewer--bare'));
  });

  it('names the photo in the page title and offers faces only on photos with faces', async () => {
    const { db, seeded } = seededDb({ assets: 3 });
    const { user } = renderApp({ db, route: paths.asset(seeded.assetIds[0]!) });
    await waitFor(() => expect(document.title).toMatch(/^.+\.jpg — Contact Sheet$/i));
    const first = document.title;
    expect(screen.getByRole('button', { name: 'Show all faces' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Next photo' })).toBeEnabled());
    await user.keyboard('{ArrowRight}');
    await waitFor(() => expect(document.title).not.toBe(first));
    expect(screen.queryByRole('button', { name: 'Show all faces' })).toBeNull();
  });

  it('runs a slideshow from the toolbar: Space pauses, → steps, Esc ends on the photo shown last', async () => {
    const { db, seeded } = seededDb({ assets: 3 });
    const { user, router } = renderApp({ db, route: paths.asset(seeded.assetIds[0]!) });
    await waitFor(() => expect(screen.getByRole('button', { name: 'Next photo' })).toBeEnabled());
    await user.click(screen.getByRole('button', { name: 'Slideshow' }));
    const show = await screen.findByRole('dialog', { name: 'Slideshow' });
    await user.keyboard(' ');
    expect(within(show).getByRole('status')).toHaveTextContent('Paused');
    await user.keyboard('{ArrowRight}');
    await waitFor(() => expect(router.state.location.pathname).toBe(paths.asset(seeded.assetIds[1]!)));
    // The slideshow shows it (the URL changes a moment before the photo does).
    await waitFor(() =>
      expect(within(show).getByRole('img').getAttribute('data-asset-id')).toBe(seeded.assetIds[1]),
    );
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Slideshow' })).toBeNull());
    expect(screen.getByRole('dialog', { name: 'Photo viewer' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(paths.asset(seeded.assetIds[1]!));
  });

  it('zooms with + and pans with the arrows instead of stepping; Esc resets, then closes', async () => {
    const { db, seeded } = seededDb({ assets: 3 });
    const { user, router } = renderApp({ db, route: paths.asset(seeded.assetIds[1]!) });
    await waitFor(() => expect(screen.getByRole('button', { name: 'Next photo' })).toBeEnabled());
    const stage = () => document.querySelector('.viewer-zoom-stage')!;
    const frame = () => document.querySelector<HTMLElement>('.viewer-photo-frame')!;
    const fitted = frame().style.width;
    await user.keyboard('+');
    await waitFor(() => expect(stage()).toHaveAttribute('data-zoomed', 'true'));
    expect(parseFloat(frame().style.width)).toBeGreaterThan(parseFloat(fitted));
    const left = frame().style.left;
    await user.keyboard('{ArrowRight}');
    expect(router.state.location.pathname).toBe(paths.asset(seeded.assetIds[1]!));
    expect(parseFloat(frame().style.left)).toBeLessThan(parseFloat(left));
    await user.keyboard('{Escape}');
    expect(stage()).not.toHaveAttribute('data-zoomed');
    expect(frame().style.width).toBe(fitted);
    expect(screen.getByRole('dialog', { name: 'Photo viewer' })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Photo viewer' })).toBeNull());
  });

  it('shows every face with f', async () => {
    const { db, seeded } = seededDb({ assets: 2, people: 2 });
    const { user } = renderApp({ db, route: paths.asset(seeded.assetIds[0]!) });
    const overlay = await screen.findByTestId('face-overlay');
    const boxes = within(overlay).getAllByRole('button', { hidden: true });
    expect(boxes.length).toBeGreaterThan(1);
    expect(boxes.every((box) => box.style.opacity === '0')).toBe(true);
    await user.keyboard('f');
    expect(screen.getByRole('button', { name: 'Show all faces' })).toHaveAttribute('aria-pressed', 'true');
    expect(
      within(overlay)
        .getAllByRole('button')
        .every((box) => box.style.opacity === '1'),
    ).toBe(true);
  });

  it('says when the photo does not exist, with a way back', async () => {
    const { db } = seededDb({ assets: 1 });
    renderApp({ db, route: paths.asset('asset_2222222222222222222222') });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This photo isn’t in your library');
    expect(alert).toHaveTextContent('It may have been moved or deleted.');
    expect(screen.getByRole('link', { name: 'Back to photos' })).toHaveAttribute('href', '/');
    // Nothing to retry and no photo to act on: no Retry, no toolbar.
    expect(screen.queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Show all faces' })).not.toBeInTheDocument();
  });
});

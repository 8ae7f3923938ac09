import { lazy, Suspense, useEffect, useEffectEvent, useMemo, useState } from 'react';
import { Link, NavLink, Outlet, useLocation, useMatch } from 'react-router';
import { FilterChips } from '../filters/filter-chips.tsx';
import { Sidebar } from '../filters/sidebar.tsx';
import { UnknownFilterNotice } from '../filters/unknown-filter-notice.tsx';
import { anyUnknown, useUnknownFilters, withoutUnknown } from '../filters/use-unknown-filters.ts';
import { useFilter } from '../routing/use-filter.ts';
import { KeyboardIcon, MenuIcon, MoonIcon, SunIcon } from '../ui/icons.tsx';
import { isTypingOrChord } from '../ui/keyboard.ts';
import { OverlaySlotContext } from '../ui/overlay-slot.tsx';
import { whenFirstPhotosShown } from '../ui/first-photos.ts';
import { useTheme } from '../ui/use-theme.ts';
import { preloadMapAndWorld, preloadMapWhenIdle } from './lazy-map.ts';
import { preloadViewerWhenIdle } from './lazy-viewer.tsx';
import { useIndexEvents } from './use-index-events.ts';
import { useViewTitle } from './use-view-title.ts';
import { paths, routePatterns } from '../routing/paths.ts';

/** Opened by `?` or its button, rarely on a first visit: its own chunk, fetched when asked. */
const ShortcutsDialog = lazy(() =>
  import('../ui/shortcuts-dialog.tsx').then((module) => ({ default: module.ShortcutsDialog })),
);

/**
 * The frame of every page: header with filter chips, the sidebar, the page in the main column
 * (the grid today; a map could come beside it), and the overlay slot where a page draws what
 * covers the frame (the viewer). While the viewer is open, the frame is inert behind it.
 */
export function AppShell() {
  const filter = useFilter();
  const viewerOpen = useMatch(routePatterns.asset) !== null;
  const unknown = useUnknownFilters(filter);
  // The sidebar narrows by what exists: an unknown album must not turn every list into an error.
  const { library: unknownLibrary, album: unknownAlbum, person: unknownPerson } = unknown;
  const listFilter = useMemo(
    () => withoutUnknown(filter, { library: unknownLibrary, album: unknownAlbum, person: unknownPerson }),
    [filter, unknownLibrary, unknownAlbum, unknownPerson],
  );
  useViewTitle(filter, viewerOpen);
  // The open gallery follows the library as it changes (the local server's live feed).
  useIndexEvents();
  const [theme, toggleTheme] = useTheme();
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const [overlaySlot, setOverlaySlot] = useState<HTMLDivElement | null>(null);
  const location = useLocation();
  // The phone drawer is open for the view it was opened on: any navigation closes it.
  const [drawerOpenOn, setDrawerOpenOn] = useState<string | null>(null);
  const sidebarOpen = drawerOpenOn === location.key;
  const setSidebarOpen = (open: boolean) => setDrawerOpenOn(open ? location.key : null);

  // The viewer's and the map's chunks when idle once the first photos are in, not in their way.
  useEffect(() => {
    const cancels: (() => void)[] = [];
    cancels.push(whenFirstPhotosShown(() => cancels.push(preloadViewerWhenIdle(), preloadMapWhenIdle())));
    return () => cancels.forEach((cancel) => cancel());
  }, []);

  const onKey = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || isTypingOrChord(event)) return;
    if (event.key === '?') {
      event.preventDefault();
      setShortcutsOpen(true);
    } else if (event.key === 'Escape' && sidebarOpen) {
      event.preventDefault();
      setSidebarOpen(false);
    }
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKey(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to photos
      </a>
      <header className="app-header" inert={viewerOpen}>
        <button
          type="button"
          className="icon-button app-header__menu"
          aria-label="Filters"
          aria-expanded={sidebarOpen}
          aria-controls="sidebar"
          onClick={() => setSidebarOpen(!sidebarOpen)}
        >
          <MenuIcon />
        </button>
        <Link to={paths.grid()} className="app-header__brand">
          <img src="/favicon.svg" alt="" width="24" height="24" />
          <span>Contact sheet</span>
        </Link>
        <nav className="app-header__pages" aria-label="Pages">
          <NavLink to={paths.grid(filter)} end>
            Photos
          </NavLink>
          <NavLink
            to={paths.map(filter)}
            onPointerEnter={preloadMapAndWorld}
            onFocus={preloadMapAndWorld}
            onTouchStart={preloadMapAndWorld}
          >
            Map
          </NavLink>
        </nav>
        <FilterChips filter={filter} unknown={unknown} />
        <div className="app-header__actions">
          <button
            type="button"
            className="icon-button app-header__shortcuts"
            aria-label="Keyboard shortcuts"
            title="Keyboard shortcuts (?)"
            onClick={() => setShortcutsOpen(true)}
          >
            <KeyboardIcon />
          </button>
          <button
            type="button"
            className="icon-button"
            aria-label={theme === 'dark' ? 'Use light theme' : 'Use dark theme'}
            title={theme === 'dark' ? 'Light theme' : 'Dark theme'}
            onClick={toggleTheme}
          >
            {theme === 'dark' ? <SunIcon /> : <MoonIcon />}
          </button>
        </div>
      </header>
      <div className="app-body" inert={viewerOpen}>
        <Sidebar filter={listFilter} open={sidebarOpen} onClose={() => setSidebarOpen(false)} />
        <main id="main" className="app-main">
          <OverlaySlotContext value={overlaySlot}>
            {anyUnknown(unknown) && !viewerOpen ? (
              <UnknownFilterNotice filter={filter} unknown={unknown} />
            ) : (
              <Outlet />
            )}
          </OverlaySlotContext>
        </main>
      </div>
      <div ref={setOverlaySlot} className="app-overlays" />
      {shortcutsOpen ? (
        <Suspense fallback={null}>
          <ShortcutsDialog onClose={() => setShortcutsOpen(false)} />
        </Suspense>
      ) : null}
    </div>
  );
}

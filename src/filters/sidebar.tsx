import type { AssetFilter } from '../routing/asset-filter.ts';
import { AlbumList } from './album-list.tsx';
import { LibraryPicker } from './library-picker.tsx';
import { PeopleList } from './people-list.tsx';
import { LazyPlaceList } from './lazy-place-list.tsx';
import './filters.css';

interface SidebarProps {
  filter: AssetFilter;
  /** Phone layout: the sidebar is a drawer, open or not. */
  open: boolean;
  onClose: () => void;
}

/** Libraries, albums, people and places: every choice is a link that changes the URL's filter. */
export function Sidebar({ filter, open, onClose }: SidebarProps) {
  return (
    <>
      <nav id="sidebar" className={open ? 'sidebar sidebar--open' : 'sidebar'} aria-label="Filters">
        <LibraryPicker filter={filter} />
        <AlbumList filter={filter} onNavigate={onClose} />
        <PeopleList filter={filter} onNavigate={onClose} />
        <LazyPlaceList filter={filter} onNavigate={onClose} />
      </nav>
      {open ? <div className="sidebar-scrim" onClick={onClose} aria-hidden="true" /> : null}
    </>
  );
}

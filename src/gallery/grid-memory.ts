/**
 * Where the person was in each grid view (scroll offset and focused asset), per filter. Kept in a
 * map for this page (one memory per app, given to `AppProviders`) and mirrored to sessionStorage
 * so a reload or a trip through back/forward lands in the same place — PhotoPrism users filed
 * several issues about losing it.
 */
import { createContext, use } from 'react';

export interface GridPlace {
  offset: number;
  focusedAssetId: string | null;
}

type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

const PREFIX = 'contact-sheet:grid:';

export function createGridMemory(storage: StorageLike | null, flushDelayMs = 250) {
  const places = new Map<string, GridPlace>();
  const dirty = new Set<string>();
  let timer: ReturnType<typeof setTimeout> | null = null;

  const flush = () => {
    timer = null;
    for (const key of dirty) {
      try {
        storage?.setItem(PREFIX + key, JSON.stringify(places.get(key)));
      } catch {
        // Storage full or blocked (private mode): the in-page map still works.
      }
    }
    dirty.clear();
  };

  return {
    recall(viewId: string): GridPlace | null {
      const known = places.get(viewId);
      if (known) return known;
      try {
        const raw = storage?.getItem(PREFIX + viewId);
        const parsed = raw ? (JSON.parse(raw) as Partial<GridPlace>) : null;
        if (parsed && typeof parsed.offset === 'number' && Number.isFinite(parsed.offset)) {
          const place = {
            offset: Math.max(0, parsed.offset),
            focusedAssetId: typeof parsed.focusedAssetId === 'string' ? parsed.focusedAssetId : null,
          };
          places.set(viewId, place);
          return place;
        }
      } catch {
        // Unreadable entry: start at the top.
      }
      return null;
    },
    /** Called on every scroll: the map at once, storage a little later (writes are synchronous). */
    remember(viewId: string, patch: Partial<GridPlace>): void {
      const previous = places.get(viewId) ?? { offset: 0, focusedAssetId: null };
      places.set(viewId, { ...previous, ...patch });
      dirty.add(viewId);
      if (flushDelayMs <= 0) flush();
      else timer ??= setTimeout(flush, flushDelayMs);
    },
    flush,
    /** Forget every place (tests start each render from the top). */
    clear(): void {
      places.clear();
      dirty.clear();
    },
  };
}

export type GridMemory = ReturnType<typeof createGridMemory>;

/** The page's sessionStorage, or null where there is none or it is blocked. */
export function sessionStorageOrNull(): StorageLike | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null;
  }
}

export const GridMemoryContext = createContext<GridMemory | null>(null);

/** The app's grid memory, from `AppProviders`. */
export function useGridMemory(): GridMemory {
  const memory = use(GridMemoryContext);
  if (!memory) throw new Error('No GridMemory provided: render inside AppProviders');
  return memory;
}

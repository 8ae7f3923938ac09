import type { Virtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useLayoutEffect, useState, type KeyboardEvent, type RefObject } from 'react';

const KEYS = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown']);

/** The mounted tiles in reading order (sections, rows and tiles are all in DOM order). */
const tilesIn = (root: HTMLElement) => [...root.querySelectorAll<HTMLElement>('a[data-asset-id]')];

/** The tile in the next row up or down whose centre is nearest horizontally, or null. */
function verticalNeighbour(tiles: HTMLElement[], from: HTMLElement, down: boolean): HTMLElement | null {
  const at = from.getBoundingClientRect();
  const centre = at.left + at.width / 2;
  let rowTop: number | null = null;
  let best: HTMLElement | null = null;
  let bestDistance = Infinity;
  const ordered = down ? tiles : [...tiles].reverse();
  for (const tile of ordered) {
    const rect = tile.getBoundingClientRect();
    const beyond = down ? rect.top >= at.bottom - 1 : rect.bottom <= at.top + 1;
    if (!beyond) continue;
    rowTop ??= rect.top;
    if (Math.abs(rect.top - rowTop) > 1) break; // past the nearest row
    const distance = Math.abs(rect.left + rect.width / 2 - centre);
    if (distance < bestDistance) [best, bestDistance] = [tile, distance];
  }
  return best;
}

/**
 * One tab stop for the whole timeline (the photo last focused or opened, else the first one in
 * view), moved by the arrow keys among the mounted tiles: ←/→ in reading order across days and
 * months, ↑/↓ to the nearest photo of the row above or below. Focus scrolls its tile into view.
 */
export function useTimelineFocus(
  scrollRef: RefObject<HTMLDivElement | null>,
  virtualizer: Virtualizer<HTMLElement, Element>,
  activeAssetId: string | null,
) {
  const [tabStopId, setTabStopId] = useState<string | null>(null);
  const remember = useCallback((assetId: string) => setTabStopId(assetId), []);

  // The viewer closed: focus goes back to the photo it showed last (the timeline brought it into
  // view while the viewer stepped), never to the page's body.
  const [shown, setShown] = useState<string | null>(activeAssetId);
  if (activeAssetId !== null && activeAssetId !== shown) setShown(activeAssetId);
  const closedOn = activeAssetId === null ? shown : null;
  useEffect(() => {
    if (!closedOn) return undefined;
    // After the render that drops `inert` from the timeline.
    const frame = requestAnimationFrame(() => {
      setShown(null);
      setTabStopId(closedOn);
      const tile = scrollRef.current?.querySelector<HTMLElement>(
        `a[data-asset-id="${CSS.escape(closedOn)}"]`,
      );
      const active = document.activeElement;
      if (tile && (!active || active === document.body || scrollRef.current?.contains(active)))
        tile.focus({ preventScroll: true });
    });
    return () => cancelAnimationFrame(frame);
  }, [closedOn, scrollRef]);

  // The tab stop must be a mounted tile, or Tab would skip the photos entirely. After every
  // render: which tiles are mounted changes with each scroll; it sets state only when none holds it.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useLayoutEffect(() => {
    const root = scrollRef.current;
    if (!root || root.querySelector('a[data-asset-id][tabindex="0"]')) return;
    const top = root.getBoundingClientRect().top;
    const first = tilesIn(root).find((tile) => tile.getBoundingClientRect().bottom > top);
    if (first?.dataset.assetId) setTabStopId(first.dataset.assetId);
  });

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!KEYS.has(event.key) || event.altKey || event.ctrlKey || event.metaKey) return;
    const root = scrollRef.current;
    const from = event.target as HTMLElement;
    if (!root || !from.dataset.assetId) return;
    event.preventDefault();
    const tiles = tilesIn(root);
    const at = tiles.indexOf(from);
    const next =
      event.key === 'ArrowRight'
        ? tiles[at + 1]
        : event.key === 'ArrowLeft'
          ? tiles[at - 1]
          : verticalNeighbour(tiles, from, event.key === 'ArrowDown');
    if (!next?.dataset.assetId) {
      // Nothing mounted that way yet: move the view a row's worth so the next render has it.
      const step = from.getBoundingClientRect().height;
      const down = event.key === 'ArrowDown' || event.key === 'ArrowRight';
      virtualizer.scrollBy(down ? step : -step);
      return;
    }
    setTabStopId(next.dataset.assetId);
    next.focus({ preventScroll: true });
    next.scrollIntoView({ block: 'nearest' });
  };

  return { tabStopId, remember, onKeyDown };
}

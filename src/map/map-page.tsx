/**
 * `/map`: where the photos of the current filter were taken, drawn offline (no tiles, no request
 * off this origin). The view lives in the URL (`center`, `zoom`) beside the filter, so a reload, a
 * link or the viewer's "Show on map" opens the same place. A cluster, or a box drawn with
 * Shift-drag, opens the timeline of that area.
 */
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { serverQueries } from '../api/queries.ts';
import { areaText } from '../routing/area.ts';
import { paths, routePatterns } from '../routing/paths.ts';
import { useFilter } from '../routing/use-filter.ts';
import { EmptyState } from '../ui/empty-state.tsx';
import { ErrorState } from '../ui/error-state.tsx';
import { useElementSize } from '../ui/use-element-size.ts';
import { ClusterLayer } from './cluster-layer.tsx';
import { areaBetween, clampView, zoomAbout, type MapView } from './map-view.ts';
import { readMapPlace } from './map-url.ts';
import { useClusters } from './use-clusters.ts';
import { useLandCanvas } from './use-land-canvas.ts';
import { loadWorldShapes } from './world-shapes.ts';
import { useMapGestures, type Box } from './use-map-gestures.ts';
import { formatCount } from '../time/intl-formats.ts';
import './map.css';

/** Fetch the world's coarse outlines ahead of the map's first paint (lazy-map.ts). */
export function preloadWorld(): void {
  loadWorldShapes('coarse').catch(() => undefined);
}

/** Where the map opens without a place in the URL: the whole world. */
const WORLD: MapView = { longitude: 10, latitude: 25, zoom: 0 };
/** How long the view rests before the URL follows it (history gets one entry per visit, replaced). */
const URL_DEBOUNCE_MS = 400;

function WorldMap() {
  const filter = useFilter();
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const frameRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const size = useElementSize(frameRef);
  const [wanted, setWanted] = useState<MapView>(() => readMapPlace(params) ?? WORLD);
  const view = size.width > 0 ? clampView(wanted, size) : wanted;
  const update = (change: (view: MapView) => MapView) => setWanted((old) => change(clampView(old, size)));

  const openArea = (box: Box) => {
    void navigate(paths.grid({ ...filter, bbox: areaText(areaBetween(view, size, box.from, box.to)) }));
  };
  const { box, dragged } = useMapGestures(frameRef, size, update, openArea);
  const drawn = useLandCanvas(canvasRef, view, size);
  const clusters = useClusters(filter, view, size);

  const placeText = `${view.longitude.toFixed(5)},${view.latitude.toFixed(5)}|${view.zoom.toFixed(2)}`;
  useEffect(() => {
    const timer = setTimeout(() => {
      const [center = '', zoom = ''] = placeText.split('|');
      // Not once a click has left the map (a cluster, the sidebar): the map stays mounted while
      // the grid's chunk loads, and this replace took the person back to it. Nor when the URL
      // says it already: the first write's new params re-ran this effect, and its second, same
      // write 400 ms later was what landed on a click (map.spec, ~1 run in 4).
      const here = new URL(window.location.href);
      if (here.pathname !== routePatterns.map) return;
      if (
        here.searchParams.get('center') === center &&
        here.searchParams.get('zoom') === String(Number(zoom))
      )
        return;
      setParams(
        (old) => {
          const next = new URLSearchParams(old);
          next.set('center', center);
          next.set('zoom', String(Number(zoom)));
          return next;
        },
        { replace: true, preventScrollReset: true },
      );
    }, URL_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [placeText, setParams]);

  const middle = [size.width / 2, size.height / 2] as const;
  const total = clusters.data?.data.reduce((sum, cluster) => sum + cluster.count, 0);
  return (
    <div className="map-page">
      <div
        ref={frameRef}
        className="map-frame"
        tabIndex={0}
        role="application"
        aria-roledescription="map"
        aria-label="Map of where your photos were taken. Drag or use the arrow keys to move, + and − to zoom, Shift-drag to choose an area."
        data-zoom={view.zoom.toFixed(2)}
        data-drawn={drawn || undefined}
      >
        <canvas ref={canvasRef} className="map-canvas" aria-hidden="true" />
        {clusters.data ? (
          <ClusterLayer
            clusters={clusters.data.data}
            cellSize={clusters.data.cellSize}
            view={view}
            size={size}
            filter={filter}
            dragged={dragged}
          />
        ) : null}
        {box ? (
          <div
            className="map-box"
            style={{
              left: Math.min(box.from[0], box.to[0]),
              top: Math.min(box.from[1], box.to[1]),
              width: Math.abs(box.to[0] - box.from[0]),
              height: Math.abs(box.to[1] - box.from[1]),
            }}
          />
        ) : null}
      </div>
      <div className="map-zoom">
        <button
          type="button"
          className="icon-button"
          aria-label="Zoom in"
          onClick={() => update((v) => zoomAbout(v, size, middle, 2))}
        >
          +
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label="Zoom out"
          onClick={() => update((v) => zoomAbout(v, size, middle, 0.5))}
        >
          −
        </button>
      </div>
      <p className="map-status" role="status">
        {clusters.isError
          ? 'Could not load the places of your photos here. Try zooming in.'
          : total === undefined
            ? 'Loading places…'
            : total === 0
              ? 'No photos with a place here.'
              : `${formatCount(total)} photos with a place here${clusters.isFetching ? ' (updating…)' : ''}`}
      </p>
    </div>
  );
}

/** The map, or why there is none: a 2025 server has no clusters to draw. */
export function MapPage() {
  const capabilities = useQuery(serverQueries.capabilities());
  if (capabilities.isError)
    return <ErrorState error={capabilities.error} onRetry={() => void capabilities.refetch()} />;
  if (!capabilities.data) return <p className="map-status">Loading the map…</p>;
  if (!capabilities.data.geoClusters) {
    return (
      <EmptyState title="The map needs a newer server">
        This photo server doesn’t say where photos were taken in a way the map can use. Your photos are all
        still in the timeline.
      </EmptyState>
    );
  }
  return <WorldMap />;
}

/**
 * The viewer's small map: where this photo was taken, drawn offline from the coarse outlines (no
 * tiles, nothing sent anywhere), with a link that opens the map page there.
 */
import { geoPath } from 'd3-geo';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { paths } from '../routing/paths.ts';
import { useFilter } from '../routing/use-filter.ts';
import { projectionFor } from './draw-land.ts';
import { clampView, toScreen } from './map-view.ts';
import { loadWorldShapes, type WorldShapes } from './world-shapes.ts';
import './map.css';

const SIZE = { width: 280, height: 150 };
/** A country or two across: enough to recognise where on Earth the dot is. */
const MINI_ZOOM = 3.5;
/** The zoom "Show on map" opens at: the town, its neighbours in view. */
const SHOW_ZOOM = 11;

interface MiniMapProps {
  latitude: number;
  longitude: number;
}

export function MiniMap({ latitude, longitude }: MiniMapProps) {
  const filter = useFilter();
  const [shapes, setShapes] = useState<WorldShapes | null>(null);
  useEffect(() => {
    let live = true;
    void loadWorldShapes('coarse').then((loaded) => live && setShapes(loaded));
    return () => {
      live = false;
    };
  }, []);
  const view = clampView({ longitude, latitude, zoom: MINI_ZOOM }, SIZE);
  const path = geoPath(projectionFor(view, SIZE));
  const [x, y] = toScreen(view, SIZE, longitude, latitude);
  return (
    <div className="mini-map-block">
      <svg
        className="mini-map"
        viewBox={`0 0 ${SIZE.width} ${SIZE.height}`}
        role="img"
        aria-label="Where this photo was taken, on a small map"
      >
        <rect width={SIZE.width} height={SIZE.height} fill="var(--map-sea)" />
        {shapes ? (
          <>
            <path
              d={path(shapes.land) ?? ''}
              fill="var(--map-land)"
              stroke="var(--map-coast)"
              strokeWidth={0.8}
            />
            <path d={path(shapes.borders) ?? ''} fill="none" stroke="var(--map-border)" strokeWidth={0.6} />
          </>
        ) : null}
        <circle cx={x} cy={y} r={6} fill="var(--accent)" stroke="#fff" strokeWidth={2} />
      </svg>
      <Link className="asset-info__map-link" to={paths.map(filter, { longitude, latitude, zoom: SHOW_ZOOM })}>
        Show on map
      </Link>
    </div>
  );
}

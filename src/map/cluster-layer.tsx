/**
 * The clusters over the land: each a round cover (its newest photo) sized by how many photos it
 * holds, with the count, and at city zoom the place's name; each opens the timeline of its cell's
 * area. The covers are painted on one canvas (draw-clusters.ts) and the links over them are
 * transparent: both are laid out for a resting view and moved on the compositor while the view
 * moves (use-resting-view.ts), so a pan or zoom frame restyles one element, not a thousand.
 */
import { useQuery } from '@tanstack/react-query';
import { memo, useLayoutEffect, useMemo, useRef, type MouseEvent, type RefObject } from 'react';
import { useNavigate } from 'react-router';
import type { GeoCluster } from '../../contract/entities-2026.ts';
import { assetQueries } from '../api/queries.ts';
import { areaText } from '../routing/area.ts';
import type { AssetFilter } from '../routing/asset-filter.ts';
import { paths } from '../routing/paths.ts';
import { formatCount } from '../time/intl-formats.ts';
import { badgeText, clusterMarks, markerDiameter, worldOrigin, type ClusterMark } from './cluster-marks.ts';
import { clusterColoursOf, drawClusters } from './draw-clusters.ts';
import { canvasBox } from './land-transform.ts';
import { cellAround, CITY_ZOOM, project, type MapView, type Size } from './map-view.ts';
import { placeNameOf, spacedIndices } from './place-name.ts';
import { coverImage, useCoverImages } from './use-cover-images.ts';
import { useRestingView } from './use-resting-view.ts';

/** Labels keep this far apart (CSS pixels between cover centres). */
const NAME_GAP_PX = 110;

/** Most clusters named at once: each name is one small request. */
const NAMED_MAX = 40;
/** Photos asked for per named cluster. */
const NAME_SAMPLE = 12;

const countText = (count: number) => (count === 1 ? '1 photo' : `${formatCount(count)} photos`);

function PlaceLabel({ filter, bbox }: { filter: AssetFilter; bbox: string }) {
  const sample = useQuery(assetQueries.inArea(filter, bbox, NAME_SAMPLE));
  const name = placeNameOf(sample.data?.data.map((asset) => asset.exif) ?? []);
  return name ? <span className="map-cluster__name">{name}</span> : null;
}

interface LaidOutProps {
  clusters: GeoCluster[];
  marks: ClusterMark[];
  size: Size;
}

/** The covers and counts, painted before the frame that shows the layer laid out for them. */
const ClusterCanvas = memo(function ClusterCanvas({ clusters, marks, size }: LaidOutProps) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const ids = useMemo(() => clusters.map((cluster) => cluster.representative_asset_id), [clusters]);
  const covers = useCoverImages(ids);
  useLayoutEffect(() => {
    const canvas = canvasRef.current;
    const context = canvas?.getContext('2d');
    if (!canvas || !context) return;
    const scale = window.devicePixelRatio || 1;
    const box = canvasBox(size);
    const width = Math.round(box.width * scale);
    const height = Math.round(box.height * scale);
    if (canvas.width !== width || canvas.height !== height) {
      canvas.width = width;
      canvas.height = height;
    }
    const paints = clusters.map((cluster, index) => ({
      mark: marks[index]!,
      cover: coverImage(cluster.representative_asset_id),
      coverKey: cluster.representative_asset_id,
      badge: badgeText(cluster.count, formatCount),
    }));
    const covered = drawClusters(context, paints, box.width, box.height, scale, clusterColoursOf(canvas));
    // What is shown, for tests and the bench: how many clusters have their photo painted.
    canvas.dataset.covered = String(covered);
  }, [clusters, marks, size, covers]);
  return <canvas ref={canvasRef} className="map-cluster-canvas" aria-hidden="true" />;
});

/**
 * The links: plain anchors, not router `<Link>`s (a view's answer mounts up to a thousand, and a
 * `<Link>`'s hooks made that ~470 ms of script); the layer's one click handler does what `<Link>`
 * would. Transparent: the canvas below shows them; a hovered or focused one draws its ring.
 * Placed in world pixels at the laid-out zoom, inside a wrapper the layer shifts: a pan that comes
 * to rest moves the wrapper, and only a new zoom or a new answer restyles the links.
 */
const ClusterLinks = memo(function ClusterLinks({
  clusters,
  cellSize,
  zoom,
  filter,
}: {
  clusters: GeoCluster[];
  cellSize: number;
  zoom: number;
  filter: AssetFilter;
}) {
  const places = clusters.map((cluster) => project(cluster.longitude, cluster.latitude, zoom));
  // The server lists clusters biggest first: those get names when names are shown.
  const named =
    Math.round(zoom) >= CITY_ZOOM ? spacedIndices(places, NAME_GAP_PX, NAMED_MAX) : new Set<number>();
  return clusters.map((cluster, index) => {
    const [x, y] = places[index]!;
    const diameter = markerDiameter(cluster.count);
    const bbox = areaText(cellAround(cluster.longitude, cluster.latitude, cellSize));
    return (
      <a
        key={`${cluster.latitude},${cluster.longitude},${cluster.representative_asset_id}`}
        className="map-cluster"
        href={paths.grid({ ...filter, bbox })}
        draggable={false}
        data-count={cluster.count}
        data-bbox={bbox}
        aria-label={`${countText(cluster.count)} here: show them`}
        style={{ left: x - diameter / 2, top: y - diameter / 2, width: diameter, height: diameter }}
      >
        {named.has(index) ? <PlaceLabel filter={filter} bbox={bbox} /> : null}
      </a>
    );
  });
});

interface LayerProps {
  clusters: GeoCluster[];
  cellSize: number;
  view: MapView;
  size: Size;
  filter: AssetFilter;
  dragged: RefObject<boolean>;
}

/** A click the browser should handle itself: another button, or a new tab or window asked for. */
const opensElsewhere = (event: MouseEvent) =>
  event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey;

export function ClusterLayer({ clusters, cellSize, view, size, filter, dragged }: LayerProps) {
  const navigate = useNavigate();
  const { laidOut, transform } = useRestingView(view, size, clusters);
  const marks = useMemo(() => clusterMarks(clusters, laidOut, size), [clusters, laidOut, size]);
  const box = canvasBox(size);
  const origin = worldOrigin(laidOut, size);
  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    const marker = (event.target as Element).closest<HTMLAnchorElement>('a.map-cluster');
    if (!marker) return;
    // The end of a drag that began on a cover moves the map; it opens nothing.
    if (dragged.current) event.preventDefault();
    else if (opensElsewhere(event)) return;
    else {
      event.preventDefault();
      void navigate(marker.getAttribute('href') ?? '/');
    }
  };
  return (
    <div
      onClick={onClick}
      className="map-clusters"
      style={{ left: box.left, top: box.top, width: box.width, height: box.height, transform }}
    >
      <ClusterCanvas clusters={clusters} marks={marks} size={size} />
      <div className="map-cluster-links" style={{ transform: `translate(${origin[0]}px, ${origin[1]}px)` }}>
        <ClusterLinks clusters={clusters} cellSize={cellSize} zoom={laidOut.zoom} filter={filter} />
      </div>
    </div>
  );
}

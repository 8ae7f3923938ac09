/**
 * The clusters over the land: each a link to the timeline of its cell's area, a round cover (its
 * newest photo) sized by how many photos it holds, with the count, and at city zoom the place's
 * name. The layer is placed once per view; the markers are placed on the world plane and only
 * re-rendered when the clusters or the whole zoom level change: a pan moves one element, a zoom
 * sets one CSS variable.
 */
import { useQuery } from '@tanstack/react-query';
import { memo, type CSSProperties, type MouseEvent, type RefObject } from 'react';
import { useNavigate } from 'react-router';
import type { GeoCluster } from '../../contract/entities-2026.ts';
import { assetImageUrl } from '../api/image-url.ts';
import { assetQueries } from '../api/queries.ts';
import { areaText } from '../routing/area.ts';
import type { AssetFilter } from '../routing/asset-filter.ts';
import { paths } from '../routing/paths.ts';
import { cellAround, CITY_ZOOM, project, TILE, worldSize, type MapView, type Size } from './map-view.ts';
import { placeNameOf, spacedIndices } from './place-name.ts';
import { formatCount } from '../time/intl-formats.ts';

/** Labels keep this far apart (CSS pixels between cover centres). */
const NAME_GAP_PX = 110;

/** Most clusters named at once: each name is one small request. */
const NAMED_MAX = 40;
/** Photos asked for per named cluster. */
const NAME_SAMPLE = 12;

/** A cover's diameter in CSS pixels: 36 for one photo, growing with the count's logarithm to 72. */
export function markerDiameter(count: number): number {
  return Math.round(Math.min(72, 36 + 12 * Math.log10(Math.max(1, count))));
}

const countText = (count: number) => (count === 1 ? '1 photo' : `${formatCount(count)} photos`);

function PlaceLabel({ filter, bbox }: { filter: AssetFilter; bbox: string }) {
  const sample = useQuery(assetQueries.inArea(filter, bbox, NAME_SAMPLE));
  const name = placeNameOf(sample.data?.data.map((asset) => asset.exif) ?? []);
  return name ? <span className="map-cluster__name">{name}</span> : null;
}

interface MarkerProps {
  cluster: GeoCluster;
  cellSize: number;
  filter: AssetFilter;
  named: boolean;
}

/**
 * A plain link, not a router `<Link>`: a view's answer mounts up to a thousand markers at once,
 * and a `<Link>` (its hooks for the location, the resolved path and its own click handler) made
 * that mount ~470 ms of script. The layer's one click handler does what `<Link>` would.
 */
function ClusterMarker({ cluster, cellSize, filter, named }: MarkerProps) {
  // Placed as a share of the world's size (zoom 0 pixels / TILE): the layer's --world turns it
  // into pixels, so a zoom restyles the layer, not a thousand components.
  const [x, y] = project(cluster.longitude, cluster.latitude, 0);
  const bbox = areaText(cellAround(cluster.longitude, cluster.latitude, cellSize));
  const diameter = markerDiameter(cluster.count);
  return (
    <a
      className="map-cluster"
      href={paths.grid({ ...filter, bbox })}
      draggable={false}
      data-count={cluster.count}
      data-bbox={bbox}
      aria-label={`${countText(cluster.count)} here: show them`}
      style={{ '--x': x / TILE, '--y': y / TILE } as CSSProperties}
    >
      <span className="map-cluster__cover" style={{ width: diameter, height: diameter }}>
        <img
          src={assetImageUrl({ id: cluster.representative_asset_id, thumbnail_url: null }, 'thumbnail')}
          alt=""
          draggable={false}
          // Not lazy: the clusters are those of the view, so their covers are on screen, and a
          // lazy image waits for a layout pass before it is even asked for (~150 ms on the map's
          // first paint here).
        />
        <span className="map-cluster__count">{formatCount(cluster.count)}</span>
      </span>
      {named ? <PlaceLabel filter={filter} bbox={bbox} /> : null}
    </a>
  );
}

interface LayerProps {
  clusters: GeoCluster[];
  cellSize: number;
  view: MapView;
  size: Size;
  filter: AssetFilter;
  dragged: RefObject<boolean>;
}

const Markers = memo(function Markers({
  clusters,
  cellSize,
  zoom,
  filter,
}: Omit<LayerProps, 'view' | 'size' | 'dragged'> & { zoom: number }) {
  // The server lists clusters biggest first: those get names when names are shown.
  const named =
    zoom >= CITY_ZOOM
      ? spacedIndices(
          clusters.map((cluster) => project(cluster.longitude, cluster.latitude, zoom)),
          NAME_GAP_PX,
          NAMED_MAX,
        )
      : new Set<number>();
  return clusters.map((cluster, index) => (
    <ClusterMarker
      key={`${cluster.latitude},${cluster.longitude},${cluster.representative_asset_id}`}
      cluster={cluster}
      cellSize={cellSize}
      filter={filter}
      named={named.has(index)}
    />
  ));
});

/** A click the browser should handle itself: another button, or a new tab or window asked for. */
const opensElsewhere = (event: MouseEvent) =>
  event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey;

export function ClusterLayer({ view, size, dragged, ...rest }: LayerProps) {
  const navigate = useNavigate();
  const [cx, cy] = project(view.longitude, view.latitude, view.zoom);
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
      style={
        {
          transform: `translate(${size.width / 2 - cx}px, ${size.height / 2 - cy}px)`,
          '--world': `${worldSize(view.zoom)}px`,
        } as CSSProperties
      }
    >
      {/* Whole zoom levels: the labels' spacing is decided per level, not per wheel step. */}
      <Markers {...rest} zoom={Math.round(view.zoom)} />
    </div>
  );
}

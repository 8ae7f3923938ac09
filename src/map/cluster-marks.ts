/**
 * Where each cluster's cover goes on the cluster canvas (land-transform.ts's `canvasBox`, drawn
 * for one resting view) and how big it is. Pure: tested with plain numbers.
 */
import type { GeoCluster } from '../../contract/entities-2026.ts';
import { canvasBox } from './land-transform.ts';
import { project, type MapView, type Point, type Size } from './map-view.ts';

/** A cover's diameter in CSS pixels: 36 for one photo, growing with the count's logarithm to 72. */
export function markerDiameter(count: number): number {
  return Math.round(Math.min(72, 36 + 12 * Math.log10(Math.max(1, count))));
}

export interface ClusterMark {
  /** The cover's centre, in CSS pixels from the canvas box's top-left corner. */
  x: number;
  y: number;
  diameter: number;
}

/** Where world pixel (0, 0) at `view.zoom` is, in CSS pixels from the canvas box's top-left corner. */
export function worldOrigin(view: MapView, size: Size): Point {
  const box = canvasBox(size);
  const [cx, cy] = project(view.longitude, view.latitude, view.zoom);
  // A place at world pixel p is at frame point p − c + size/2, and the box starts at (left, top).
  return [size.width / 2 - cx - box.left, size.height / 2 - cy - box.top];
}

/** Each cluster's cover on the canvas drawn for `view` (the frame's centre is the view's centre). */
export function clusterMarks(clusters: readonly GeoCluster[], view: MapView, size: Size): ClusterMark[] {
  const [ox, oy] = worldOrigin(view, size);
  return clusters.map((cluster) => {
    const [x, y] = project(cluster.longitude, cluster.latitude, view.zoom);
    return { x: x + ox, y: y + oy, diameter: markerDiameter(cluster.count) };
  });
}

/** The badge's text: the count, shortened past four digits (12.3k) so it stays on the cover. */
export function badgeText(count: number, format: (n: number) => string): string {
  if (count < 10_000) return format(count);
  const [value, unit] = count < 1e6 ? [count / 1e3, 'k'] : [count / 1e6, 'M'];
  return `${value < 100 ? value.toFixed(1).replace(/\.0$/, '') : Math.round(value)}${unit}`;
}

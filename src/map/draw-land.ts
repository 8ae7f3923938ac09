/**
 * Draws the world's outlines for one view onto a canvas: sea, land, coastline, borders. The
 * projection is d3's Mercator scaled and shifted to match map-view.ts, clipped to the canvas so
 * only what is on screen is traced.
 */
import { geoMercator, geoPath } from 'd3-geo';
import { project, worldSize, type MapView, type Size } from './map-view.ts';
import type { WorldShapes } from './world-shapes.ts';

export interface LandColours {
  sea: string;
  land: string;
  coast: string;
  border: string;
}

/** The colours from the map's CSS custom properties, so the theme decides them. */
export function landColoursOf(element: Element): LandColours {
  const style = getComputedStyle(element);
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    sea: read('--map-sea', '#cfe0ea'),
    land: read('--map-land', '#f4f1e8'),
    coast: read('--map-coast', '#8aa4b5'),
    border: read('--map-border', '#b5a99a'),
  };
}

/** A d3 projection that puts places where map-view.ts says they are on a `size` map. */
export function projectionFor(view: MapView, size: Size) {
  const world = worldSize(view.zoom);
  const [cx, cy] = project(view.longitude, view.latitude, view.zoom);
  return geoMercator()
    .scale(world / (2 * Math.PI))
    .translate([world / 2 - cx + size.width / 2, world / 2 - cy + size.height / 2])
    .clipExtent([
      [-2, -2],
      [size.width + 2, size.height + 2],
    ]);
}

/** Paint `shapes` for `view` on `context`, whose canvas is `size` CSS pixels at `scale` device pixels each. */
export function drawLand(
  context: CanvasRenderingContext2D,
  shapes: WorldShapes,
  view: MapView,
  size: Size,
  scale: number,
  colours: LandColours,
): void {
  context.setTransform(scale, 0, 0, scale, 0, 0);
  context.fillStyle = colours.sea;
  context.fillRect(0, 0, size.width, size.height);
  const path = geoPath(projectionFor(view, size), context);
  context.beginPath();
  path(shapes.land);
  context.fillStyle = colours.land;
  context.fill();
  context.lineWidth = 0.8;
  context.strokeStyle = colours.coast;
  context.stroke();
  context.beginPath();
  path(shapes.borders);
  context.lineWidth = view.zoom >= 5 ? 1 : 0.6;
  context.setLineDash(view.zoom >= 5 ? [4, 3] : []);
  context.strokeStyle = colours.border;
  context.stroke();
  context.setLineDash([]);
}

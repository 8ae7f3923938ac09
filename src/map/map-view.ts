/**
 * The map's geometry, pure: a view is a centre and a zoom level on the Web Mercator plane, whose
 * world is `TILE · 2^zoom` pixels wide. Everything the page does with the pointer (pan, zoom about
 * a point, a drawn box) and with the server (the area on screen, the cluster cell size) is a
 * function of the view and the size of the map in CSS pixels.
 */
import type { Area } from '../routing/area.ts';

export interface MapView {
  longitude: number;
  latitude: number;
  zoom: number;
}

export interface Size {
  width: number;
  height: number;
}

export type Point = readonly [x: number, y: number];

/** The world's width in pixels at zoom 0. */
export const TILE = 256;
/** Mercator's edge: the square world ends here. */
export const MAX_LATITUDE = 85.0511287798;
/** The closest zoom: a few streets across (the demo's spreads are about a kilometre). */
export const MAX_ZOOM = 15;
/** From this zoom on the map draws its finer coastlines and borders and names the places. */
export const CITY_ZOOM = 7;
/** A cluster cell's width on screen, in pixels, about the size of a cluster's cover. */
export const CELL_PX = 72;

const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

export const worldSize = (zoom: number) => TILE * 2 ** zoom;

/** Longitude and latitude → pixels on the world plane at `zoom`. */
export function project(longitude: number, latitude: number, zoom: number): Point {
  const size = worldSize(zoom);
  const phi = (clamp(latitude, -MAX_LATITUDE, MAX_LATITUDE) * Math.PI) / 180;
  const x = ((longitude + 180) / 360) * size;
  const y = (0.5 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / (2 * Math.PI)) * size;
  return [x, y];
}

/** Pixels on the world plane at `zoom` → longitude and latitude. */
export function unproject(x: number, y: number, zoom: number): Point {
  const size = worldSize(zoom);
  const longitude = (x / size) * 360 - 180;
  const latitude = (Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / size))) * 180) / Math.PI;
  return [longitude, latitude];
}

/** The zoom at which the whole world just covers the map's width and height. */
export function minZoom(size: Size): number {
  return Math.max(0, Math.log2(Math.max(size.width, size.height, 1) / TILE));
}

/** `view` moved so the map never shows beyond the world's edges, at a zoom the map allows. */
export function clampView(view: MapView, size: Size): MapView {
  const zoom = clamp(view.zoom, minZoom(size), MAX_ZOOM);
  const world = worldSize(zoom);
  const [x, y] = project(view.longitude, view.latitude, zoom);
  const keep = (value: number, half: number) =>
    world <= half * 2 ? world / 2 : clamp(value, half, world - half);
  const [longitude, latitude] = unproject(keep(x, size.width / 2), keep(y, size.height / 2), zoom);
  return { longitude, latitude, zoom };
}

/** Where a place is on the screen (CSS pixels from the map's top left). */
export function toScreen(view: MapView, size: Size, longitude: number, latitude: number): Point {
  const [cx, cy] = project(view.longitude, view.latitude, view.zoom);
  const [x, y] = project(longitude, latitude, view.zoom);
  return [x - cx + size.width / 2, y - cy + size.height / 2];
}

/** The place under a point of the screen. */
export function fromScreen(view: MapView, size: Size, point: Point): Point {
  const [cx, cy] = project(view.longitude, view.latitude, view.zoom);
  return unproject(point[0] + cx - size.width / 2, point[1] + cy - size.height / 2, view.zoom);
}

/** The view dragged by `dx, dy` pixels (the world follows the pointer). */
export function panBy(view: MapView, size: Size, dx: number, dy: number): MapView {
  const [cx, cy] = project(view.longitude, view.latitude, view.zoom);
  const [longitude, latitude] = unproject(cx - dx, cy - dy, view.zoom);
  return clampView({ longitude, latitude, zoom: view.zoom }, size);
}

/** The view zoomed by `factor` (2 = one level in) keeping the place under `point` where it is. */
export function zoomAbout(view: MapView, size: Size, point: Point, factor: number): MapView {
  const zoom = clamp(view.zoom + Math.log2(factor), minZoom(size), MAX_ZOOM);
  const [longitude, latitude] = fromScreen(view, size, point);
  const [x, y] = project(longitude, latitude, zoom);
  const [cLon, cLat] = unproject(x - point[0] + size.width / 2, y - point[1] + size.height / 2, zoom);
  return clampView({ longitude: cLon, latitude: cLat, zoom }, size);
}

/** The area between two points of the screen (a drawn box), within the world. */
export function areaBetween(view: MapView, size: Size, a: Point, b: Point): Area {
  const [lonA, latA] = fromScreen(view, size, a);
  const [lonB, latB] = fromScreen(view, size, b);
  return {
    west: clamp(Math.min(lonA, lonB), -180, 180),
    south: clamp(Math.min(latA, latB), -90, 90),
    east: clamp(Math.max(lonA, lonB), -180, 180),
    north: clamp(Math.max(latA, latB), -90, 90),
  };
}

/** The area on screen. */
export function viewArea(view: MapView, size: Size): Area {
  return areaBetween(view, size, [0, 0], [size.width, size.height]);
}

/** Cell sizes in degrees: 1-2-5 steps, so cell edges stay short decimals in a URL's `bbox`. */
const CELL_STEPS = [1, 2, 5];

/**
 * The geo-clusters cell size for a zoom: the smallest 1-2-5 step at least CELL_PX wide on
 * screen, between the API's finest (0.0001°) and 90° (the whole world in eight cells).
 */
export function cellSizeFor(zoom: number): number {
  const wanted = (CELL_PX * 360) / worldSize(zoom);
  for (let exponent = -4; exponent <= 1; exponent++) {
    for (const step of CELL_STEPS) {
      const cell = Number((step * 10 ** exponent).toFixed(4));
      if (cell >= wanted) return cell;
    }
  }
  return 90;
}

/**
 * `area` widened to whole cells from the world's south-west corner (within the world), so panning
 * asks for the same cells again and each cell's edges are known from the cell size alone.
 */
export function snapArea(area: Area, cell: number): Area {
  // The epsilon keeps an edge already on a cell (−9.3 for 0.1°) from moving out by float error.
  const down = (value: number, origin: number) => origin + Math.floor((value - origin) / cell + 1e-9) * cell;
  const up = (value: number, origin: number) => origin + Math.ceil((value - origin) / cell - 1e-9) * cell;
  const tidy = (value: number) => Number(value.toFixed(4));
  return {
    west: tidy(Math.max(-180, down(area.west, -180))),
    south: tidy(Math.max(-90, down(area.south, -90))),
    east: tidy(Math.min(180, up(area.east, -180))),
    north: tidy(Math.min(90, up(area.north, -90))),
  };
}

/** The cell (of a snapped request area) a cluster's centroid fell in: its photos' area. */
export function cellAround(longitude: number, latitude: number, cell: number): Area {
  const tidy = (value: number) => Number(value.toFixed(4));
  const west = -180 + Math.floor((longitude + 180) / cell) * cell;
  const south = -90 + Math.floor((latitude + 90) / cell) * cell;
  return {
    west: tidy(west),
    south: tidy(south),
    east: tidy(Math.min(180, west + cell)),
    north: tidy(Math.min(90, south + cell)),
  };
}

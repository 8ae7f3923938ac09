/**
 * The world's outlines, offline: Natural Earth through world-atlas. The 1:110m countries come with
 * the map (about 30 KB gzip); the 1:50m ones, five times finer, load only once someone zooms in
 * close enough to tell the difference. Land is filled and stroked as the coastline; borders are
 * the lines between two countries (a coast is no border).
 */
import type { FeatureCollection, MultiLineString } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

export type Detail = 'coarse' | 'fine';

export interface WorldShapes {
  detail: Detail;
  land: FeatureCollection;
  borders: MultiLineString;
}

type Countries = Topology<{ countries: GeometryCollection; land: GeometryCollection }>;

function shapesOf(topology: Countries, detail: Detail): WorldShapes {
  return {
    detail,
    land: feature(topology, topology.objects.land),
    borders: mesh(topology, topology.objects.countries, (a, b) => a !== b),
  };
}

const loaded = new Map<Detail, Promise<WorldShapes>>();

/** The outlines at one detail, loaded and converted once per page. */
export function loadWorldShapes(detail: Detail): Promise<WorldShapes> {
  let shapes = loaded.get(detail);
  if (!shapes) {
    shapes = (
      detail === 'coarse'
        ? import('world-atlas/countries-110m.json')
        : import('world-atlas/countries-50m.json')
    ).then((module) => shapesOf(module.default as unknown as Countries, detail));
    loaded.set(detail, shapes);
  }
  return shapes;
}

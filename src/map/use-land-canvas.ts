/**
 * Keeps the canvas painted with the world for the current view: one paint per animation frame
 * however many view changes came in it, the coarse outlines at once and the fine ones from
 * CITY_ZOOM − 1 on (loaded then, kept after).
 */
import { useEffect, useRef, useState, type RefObject } from 'react';
import { drawLand, landColoursOf } from './draw-land.ts';
import { CITY_ZOOM, type MapView, type Size } from './map-view.ts';
import { loadWorldShapes, type WorldShapes } from './world-shapes.ts';

export function useLandCanvas(canvasRef: RefObject<HTMLCanvasElement | null>, view: MapView, size: Size) {
  const [coarse, setCoarse] = useState<WorldShapes | null>(null);
  const [fine, setFine] = useState<WorldShapes | null>(null);
  const wantsFine = view.zoom >= CITY_ZOOM - 1;
  const frame = useRef(0);

  useEffect(() => {
    let live = true;
    void loadWorldShapes('coarse').then((shapes) => live && setCoarse(shapes));
    return () => {
      live = false;
    };
  }, []);
  useEffect(() => {
    if (!wantsFine || fine) return undefined;
    let live = true;
    void loadWorldShapes('fine').then((shapes) => live && setFine(shapes));
    return () => {
      live = false;
    };
  }, [wantsFine, fine]);

  const shapes = wantsFine && fine ? fine : coarse;
  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas || !shapes || size.width === 0 || size.height === 0) return undefined;
    frame.current = requestAnimationFrame(() => {
      const scale = window.devicePixelRatio || 1;
      const width = Math.round(size.width * scale);
      const height = Math.round(size.height * scale);
      if (canvas.width !== width || canvas.height !== height) {
        canvas.width = width;
        canvas.height = height;
      }
      const context = canvas.getContext('2d');
      if (!context) return;
      drawLand(context, shapes, view, size, scale, landColoursOf(canvas));
      canvas.dataset.detail = shapes.detail;
    });
    return () => cancelAnimationFrame(frame.current);
  }, [canvasRef, shapes, view, size]);

  return shapes !== null;
}

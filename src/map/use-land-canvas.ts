/**
 * Keeps the canvas showing the world for the current view, the coarse outlines at once and the
 * fine ones from CITY_ZOOM − 1 on (loaded then, kept after). While the view moves, the canvas
 * painted for an earlier view is shifted and scaled (land-transform.ts) and painted afresh once
 * the view rests for REPAINT_REST_MS, or at the next frame when the shift would show its edges:
 * tracing the outlines every frame held a pan to ~20 fps.
 */
import { useEffect, useRef, useState, type RefObject } from 'react';
import { drawLand, landColoursOf } from './draw-land.ts';
import { canvasBox, landShift, shiftCovers, shiftCss } from './land-transform.ts';
import { CITY_ZOOM, type MapView, type Size } from './map-view.ts';
import { loadWorldShapes, type WorldShapes } from './world-shapes.ts';

/** How long the view must rest before the land is painted for it. */
const REPAINT_REST_MS = 120;

interface Painted {
  view: MapView;
  size: Size;
  shapes: WorldShapes;
}

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
  const painted = useRef<Painted | null>(null);
  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas || !shapes || size.width === 0 || size.height === 0) return undefined;
    const paint = () => {
      const scale = window.devicePixelRatio || 1;
      const box = canvasBox(size);
      const width = Math.round(box.width * scale);
      const height = Math.round(box.height * scale);
      if (canvas.width !== width || canvas.height !== height) {
        canvas.width = width;
        canvas.height = height;
      }
      const context = canvas.getContext('2d');
      if (!context) return;
      Object.assign(canvas.style, {
        left: `${box.left}px`,
        top: `${box.top}px`,
        width: `${box.width}px`,
        height: `${box.height}px`,
        transform: '',
      });
      // Drawn as a frame of the canvas's size centred where the view is: the margin is then
      // simply more of the world on every side.
      drawLand(context, shapes, view, { width: box.width, height: box.height }, scale, landColoursOf(canvas));
      canvas.dataset.detail = shapes.detail;
      painted.current = { view, size, shapes };
    };
    const last = painted.current;
    const same =
      last && last.shapes === shapes && last.size.width === size.width && last.size.height === size.height;
    const shift = same ? landShift(last.view, view, size) : null;
    if (shift && shiftCovers(shift, size)) {
      canvas.style.transform = shiftCss(shift);
      if (shiftCss(shift) === '') return undefined;
      const timer = setTimeout(() => {
        frame.current = requestAnimationFrame(paint);
      }, REPAINT_REST_MS);
      return () => {
        clearTimeout(timer);
        cancelAnimationFrame(frame.current);
      };
    }
    frame.current = requestAnimationFrame(paint);
    return () => cancelAnimationFrame(frame.current);
  }, [canvasRef, shapes, view, size]);

  return shapes !== null;
}

/**
 * Paints the clusters onto one canvas: each a round cover (its newest photo) in a white ring with
 * a soft shadow, and its count on a badge. One canvas, not a thousand elements: with 1000 clusters
 * as DOM markers every pan frame re-layerized them (20–46 ms) and every zoom re-styled and
 * re-rastered them (~150 ms) in software raster. Each cover is painted once per size into a
 * sprite, each badge once per text, so a repaint is two bitmap copies per cluster.
 */
import type { ClusterMark } from './cluster-marks.ts';

export interface ClusterPaint {
  mark: ClusterMark;
  /** The cover, once it has loaded and decoded; else the placeholder colour shows. */
  cover: HTMLImageElement | null;
  /** Keys the cover's sprite (the asset's id). */
  coverKey: string;
  badge: string;
}

export interface ClusterColours {
  placeholder: string;
  accent: string;
  accentText: string;
  ring: string;
  shadow: string;
}

/** The colours from the theme's custom properties. */
export function clusterColoursOf(element: Element): ClusterColours {
  const style = getComputedStyle(element);
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    placeholder: read('--placeholder', '#d9dde3'),
    accent: read('--accent', '#1a56db'),
    accentText: read('--accent-fg', '#ffffff'),
    ring: '#ffffff',
    shadow: 'rgba(0, 0, 0, 0.45)',
  };
}

const RING_PX = 3;
const SHADOW_PX = 4;
const BADGE_FONT = '600 12px system-ui, sans-serif';
const BADGE_HEIGHT = 18;

/** Sprites kept: enough for a city view's distinct covers at every size it shows. */
const SPRITES_KEPT = 600;
const sprites = new Map<string, HTMLCanvasElement>();
const badges = new Map<string, HTMLCanvasElement>();

function remember(cache: Map<string, HTMLCanvasElement>, key: string, sprite: HTMLCanvasElement) {
  // Oldest first in a Map's order: drop the oldest when full.
  if (cache.size >= SPRITES_KEPT) cache.delete(cache.keys().next().value!);
  cache.set(key, sprite);
}

function spriteCanvas(width: number, height: number, scale: number) {
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(width * scale);
  canvas.height = Math.ceil(height * scale);
  const context = canvas.getContext('2d')!;
  context.scale(scale, scale);
  return { canvas, context };
}

/** The cover in its ring with its shadow, `diameter + 2·SHADOW_PX` square. */
function coverSprite(paint: ClusterPaint, scale: number, colours: ClusterColours): HTMLCanvasElement {
  const { diameter } = paint.mark;
  const key = `${paint.cover ? paint.coverKey : ''}|${diameter}|${scale}|${colours.placeholder}`;
  const kept = sprites.get(key);
  if (kept) return kept;
  const side = diameter + 2 * SHADOW_PX;
  const { canvas, context } = spriteCanvas(side, side, scale);
  const r = diameter / 2;
  const c = side / 2;
  context.shadowColor = colours.shadow;
  context.shadowBlur = SHADOW_PX;
  context.shadowOffsetY = 1;
  context.fillStyle = colours.ring;
  context.beginPath();
  context.arc(c, c, r, 0, 2 * Math.PI);
  context.fill();
  context.shadowColor = 'transparent';
  context.beginPath();
  context.arc(c, c, r - RING_PX, 0, 2 * Math.PI);
  context.fillStyle = colours.placeholder;
  context.fill();
  const cover = paint.cover;
  if (cover && cover.naturalWidth > 0) {
    // object-fit: cover: the middle square of the photo.
    const crop = Math.min(cover.naturalWidth, cover.naturalHeight);
    context.save();
    context.clip();
    context.drawImage(
      cover,
      (cover.naturalWidth - crop) / 2,
      (cover.naturalHeight - crop) / 2,
      crop,
      crop,
      c - r + RING_PX,
      c - r + RING_PX,
      diameter - 2 * RING_PX,
      diameter - 2 * RING_PX,
    );
    context.restore();
  }
  remember(sprites, key, canvas);
  return canvas;
}

/** The count on its pill, sized to its text. */
function badgeSprite(text: string, scale: number, colours: ClusterColours): HTMLCanvasElement {
  const key = `${text}|${scale}|${colours.accent}`;
  const kept = badges.get(key);
  if (kept) return kept;
  const measure = spriteCanvas(1, 1, 1).context;
  measure.font = BADGE_FONT;
  const width = Math.max(BADGE_HEIGHT + 2, Math.ceil(measure.measureText(text).width) + 12);
  const { canvas, context } = spriteCanvas(width, BADGE_HEIGHT, scale);
  context.fillStyle = colours.accent;
  context.beginPath();
  context.roundRect(0, 0, width, BADGE_HEIGHT, BADGE_HEIGHT / 2);
  context.fill();
  context.font = BADGE_FONT;
  context.fillStyle = colours.accentText;
  context.textAlign = 'center';
  context.textBaseline = 'middle';
  context.fillText(text, width / 2, BADGE_HEIGHT / 2 + 0.5);
  remember(badges, key, canvas);
  return canvas;
}

/**
 * Paints `paints` in order (later ones on top, as the markers' links are stacked) onto a canvas
 * of `width × height` CSS pixels at `scale` device pixels each. Returns how many showed a cover.
 */
export function drawClusters(
  context: CanvasRenderingContext2D,
  paints: readonly ClusterPaint[],
  width: number,
  height: number,
  scale: number,
  colours: ClusterColours,
): number {
  context.setTransform(1, 0, 0, 1, 0, 0);
  context.clearRect(0, 0, context.canvas.width, context.canvas.height);
  let covered = 0;
  for (const paint of paints) {
    const { x, y, diameter } = paint.mark;
    const reach = diameter / 2 + SHADOW_PX + 40;
    if (x < -reach || y < -reach || x > width + reach || y > height + reach) continue;
    const sprite = coverSprite(paint, scale, colours);
    const left = x - diameter / 2 - SHADOW_PX;
    const top = y - diameter / 2 - SHADOW_PX;
    // Whole device pixels: a sprite copied at a fraction is resampled, slower and blurred.
    context.drawImage(sprite, Math.round(left * scale), Math.round(top * scale));
    const badge = badgeSprite(paint.badge, scale, colours);
    // Top right, overhanging the ring as the count did on the DOM marker.
    const bx = x + diameter / 2 + 8 - badge.width / scale;
    const by = y - diameter / 2 - 6;
    context.drawImage(badge, Math.round(bx * scale), Math.round(by * scale));
    if (paint.cover) covered++;
  }
  return covered;
}

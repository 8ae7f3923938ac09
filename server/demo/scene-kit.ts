/**
 * The building blocks every scene shares: the sky for the time of day, the tint that light casts
 * on the land, ridgelines, trees, water and clouds. All drawn as flat SVG shapes, which librsvg
 * renders quickly (no blur filters: they cost seconds per image at this size).
 */
import type { TimeOfDay, Weather } from './plan.ts';
import { type Rng, between, intBetween, mulberry32 } from './random.ts';
import { type Tint, n, shade, tinted } from './svg.ts';

export interface SceneContext {
  w: number;
  h: number;
  rng: Rng;
  time: TimeOfDay;
  weather: Weather;
  variant: string;
  /** Light on the land and buildings. */
  tint: Tint;
}

export interface SceneDrawing {
  /** Everything behind the people. */
  back: string;
  /** Anything in front of them (the table with the cake). */
  front: string;
  /** Where passers-by stand, as y in pixels; null where there are none (indoors, cliffs). */
  ground: number | null;
}

const SKIES: Record<TimeOfDay, readonly string[]> = {
  dawn: ['#4f63a0', '#c992a6', '#f7cf9f'],
  day: ['#3a86dc', '#79b6ee', '#cde6f8'],
  golden: ['#4a78bb', '#d6b48e', '#ffd78a'],
  sunset: ['#27285a', '#a4467a', '#f27f48', '#ffcd78'],
  night: ['#03071a', '#0c1536', '#1d2a55'],
};
const CLOUDY_DAY = ['#6d9bcc', '#a7c5e2', '#dde8f1'];
const OVERCAST = ['#8d98a3', '#b0b9c0', '#cfd5d9'];

/** How the time and weather colour everything that isn't sky. */
export function lightTint(time: TimeOfDay, weather: Weather): Tint {
  if (time === 'night') return { color: '#0b1233', amount: 0.58 };
  if (time === 'sunset') return { color: '#ff6a3d', amount: 0.2 };
  if (time === 'golden') return { color: '#ffb062', amount: 0.14 };
  if (time === 'dawn') return { color: '#b9849b', amount: 0.16 };
  if (weather === 'overcast') return { color: '#8b959d', amount: 0.18 };
  if (weather === 'cloudy') return { color: '#8a9aab', amount: 0.07 };
  return { color: '#000000', amount: 0 };
}

/** A vertical gradient definition. */
export function gradient(id: string, stops: readonly string[], x2 = 0, y2 = 1): string {
  const s = stops
    .map((c, i) => `<stop offset="${n((i / Math.max(1, stops.length - 1)) * 100)}%" stop-color="${c}"/>`)
    .join('');
  return `<linearGradient id="${id}" x1="0" y1="0" x2="${x2}" y2="${y2}">${s}</linearGradient>`;
}

function clouds(ctx: SceneContext, horizon: number, count: number): string {
  const { rng, w } = ctx;
  const color =
    ctx.time === 'sunset'
      ? '#f4b3a0'
      : ctx.time === 'night'
        ? '#2a3458'
        : ctx.weather === 'overcast'
          ? '#e3e6e8'
          : '#ffffff';
  let out = '';
  for (let i = 0; i < count; i++) {
    const cx = between(rng, -0.1, 1.1) * w;
    const cy = between(rng, 0.08, 0.75) * horizon;
    const s = between(rng, 0.6, 1.4) * (w / 1600);
    out += `<g opacity="${n(between(rng, 0.55, 0.9))}" fill="${color}">`;
    for (let k = 0; k < 5; k++) {
      out += `<ellipse cx="${n(cx + (k - 2) * 55 * s)}" cy="${n(cy - (k % 2) * 22 * s)}" rx="${n(75 * s)}" ry="${n((34 + (k % 2) * 14) * s)}"/>`;
    }
    out += '</g>';
  }
  return out;
}

/** The sky down to `horizon` (y in px): gradient, sun or moon and stars, clouds. */
export function sky(ctx: SceneContext, horizon: number): string {
  const { w, h, rng, time, weather } = ctx;
  const stops =
    weather === 'overcast' && time !== 'night'
      ? OVERCAST
      : time === 'day' && weather === 'cloudy'
        ? CLOUDY_DAY
        : SKIES[time];
  let out = `<defs>${gradient('sky', stops)}<radialGradient id="glow"><stop offset="0%" stop-color="#fffbe8" stop-opacity="0.9"/><stop offset="100%" stop-color="#fffbe8" stop-opacity="0"/></radialGradient></defs>`;
  // Below the horizon the last sky colour carries on: land drawn later may dip under it.
  out += `<rect width="${w}" height="${n(horizon + 2)}" fill="url(#sky)"/><rect y="${n(horizon)}" width="${w}" height="${n(h - horizon)}" fill="${stops[stops.length - 1]}"/>`;
  if (time === 'night') {
    for (let i = 0; i < 70; i++) {
      out += `<circle cx="${n(rng() * w)}" cy="${n(rng() ** 1.5 * horizon * 0.9)}" r="${n(between(rng, 0.8, 2.2))}" fill="#ffffff" opacity="${n(between(rng, 0.4, 1))}"/>`;
    }
    const [mx, my, mr] = [between(rng, 0.15, 0.85) * w, between(rng, 0.12, 0.3) * horizon, h * 0.045];
    out += `<circle cx="${n(mx)}" cy="${n(my)}" r="${n(mr * 3)}" fill="url(#glow)" opacity="0.35"/>`;
    // A waxing crescent: the outer arc of the disc, back along a flatter inner arc.
    out += `<path d="M${n(mx)} ${n(my - mr)}A${n(mr)} ${n(mr)} 0 1 0 ${n(mx)} ${n(my + mr)}A${n(mr * 0.7)} ${n(mr)} 0 1 1 ${n(mx)} ${n(my - mr)}Z" fill="#f4f1de"/>`;
  } else if (weather !== 'overcast') {
    const high =
      time === 'day'
        ? between(rng, 0.12, 0.35)
        : time === 'golden'
          ? between(rng, 0.45, 0.65)
          : between(rng, 0.82, 0.95);
    const [sx, sy] = [between(rng, 0.15, 0.85) * w, high * horizon];
    const sr = h * (time === 'day' ? 0.045 : 0.065);
    const sun =
      time === 'day' ? '#fffbe6' : time === 'golden' ? '#ffe7a3' : time === 'dawn' ? '#ffe0b8' : '#ffb25a';
    out += `<circle cx="${n(sx)}" cy="${n(sy)}" r="${n(sr * 4)}" fill="url(#glow)" opacity="0.7"/><circle cx="${n(sx)}" cy="${n(sy)}" r="${n(sr)}" fill="${sun}"/>`;
  }
  const count =
    weather === 'clear'
      ? intBetween(rng, 0, 3)
      : time === 'night'
        ? intBetween(rng, 1, 3)
        : weather === 'cloudy'
          ? intBetween(rng, 4, 7)
          : intBetween(rng, 7, 11);
  return out + clouds(ctx, horizon, count);
}

/**
 * A ridgeline filled down to the bottom: a few sine waves with random phases, plus `jag` of
 * sharper noise for rocky peaks. `base` is the ridge's mean height (y), `amp` its swing in px.
 */
export function ridge(
  ctx: SceneContext,
  base: number,
  amp: number,
  jag: number,
  fill: string,
  steps = 48,
): string {
  const { w, h, rng } = ctx;
  const waves = [1, 2.3, 4.7].map((f) => [f * between(rng, 0.8, 1.2), rng() * Math.PI * 2, 1 / f] as const);
  let d = `M0 ${h}`;
  for (let i = 0; i <= steps; i++) {
    const x = (i / steps) * w;
    const t = x / w;
    const wave = waves.reduce((s, [f, p, a]) => s + a * Math.sin(t * f * Math.PI * 2 + p), 0) / 1.8;
    d += `L${n(x)} ${n(base - amp * wave - jag * rng())}`;
  }
  return `<path d="${d}L${w} ${h}Z" fill="${fill}"/>`;
}

/** A ridge with snow above the snowline: the same outline drawn twice, the white copy clipped. */
export function snowyRidge(
  ctx: SceneContext,
  id: string,
  base: number,
  amp: number,
  jag: number,
  rock: string,
  snowline: number,
): string {
  const seed = Math.floor(ctx.rng() * 2 ** 32);
  const again = (fill: string): string => ridge({ ...ctx, rng: mulberry32(seed) }, base, amp, jag, fill);
  // A ragged snowline, not a ruler-straight one.
  let clip = `M0 0L${ctx.w} 0`;
  for (let i = 30; i >= 0; i--)
    clip += `L${n((i / 30) * ctx.w)} ${n(snowline + between(ctx.rng, -0.035, 0.035) * ctx.h)}`;
  return `${again(rock)}<clipPath id="${id}"><path d="${clip}Z"/></clipPath><g clip-path="url(#${id})">${again(tinted('#f4f7fb', ctx.tint))}</g>`;
}

/** A conifer: three stacked triangles on a stub of trunk; (x, y) is the foot. */
export function pine(x: number, y: number, height: number, color: string): string {
  const tiers = [
    [0.12, 0.55, 0.24],
    [0.36, 0.8, 0.18],
    [0.6, 1, 0.12],
  ].map(
    ([base = 0, apex = 0, half = 0]) =>
      `M${n(x)} ${n(y - apex * height)}L${n(x + half * height)} ${n(y - base * height)}L${n(x - half * height)} ${n(y - base * height)}Z`,
  );
  return `<rect x="${n(x - height * 0.03)}" y="${n(y - height * 0.14)}" width="${n(height * 0.06)}" height="${n(height * 0.14)}" fill="#4a3322"/><path d="${tiers.join('')}" fill="${color}"/>`;
}

/** A broadleaf tree: trunk and a cluster of round crowns; (x, y) is the foot. */
export function roundTree(
  rng: Rng,
  x: number,
  y: number,
  height: number,
  leaves: string,
  trunk = '#5b3f2a',
): string {
  const r = height * 0.28;
  let crown = '';
  for (let k = 0; k < 5; k++) {
    const a = (k / 5) * Math.PI * 2 + rng();
    crown += `<circle cx="${n(x + Math.cos(a) * r * 0.6)}" cy="${n(y - height * 0.68 + Math.sin(a) * r * 0.45)}" r="${n(r * between(rng, 0.7, 0.95))}" fill="${shade(leaves, between(rng, -0.12, 0.08))}"/>`;
  }
  return `<rect x="${n(x - height * 0.04)}" y="${n(y - height * 0.5)}" width="${n(height * 0.08)}" height="${n(height * 0.5)}" fill="${trunk}"/>${crown}`;
}

/** Water from `top` down: a gradient and some glints. */
export function water(
  ctx: SceneContext,
  id: string,
  top: number,
  deep: string,
  shallow: string,
  bottom = ctx.h,
): string {
  const { w, rng } = ctx;
  let out = `<defs>${gradient(id, [tinted(shallow, ctx.tint), tinted(deep, ctx.tint)])}</defs><rect y="${n(top)}" width="${w}" height="${n(bottom - top)}" fill="url(#${id})"/>`;
  const glint = ctx.time === 'night' ? '#8aa0d0' : ctx.time === 'sunset' ? '#ffc48a' : '#ffffff';
  for (let i = 0; i < 26; i++) {
    const y = top + (bottom - top) * rng() ** 1.4;
    out += `<rect x="${n(rng() * w)}" y="${n(y)}" width="${n(between(rng, 20, 90))}" height="2" fill="${glint}" opacity="${n(between(rng, 0.15, 0.45))}"/>`;
  }
  return out;
}

/** Flowers: a stem-less blob of petals around a centre. */
export function flower(x: number, y: number, r: number, petal: string, heart = '#f7d046'): string {
  let out = '';
  for (let k = 0; k < 6; k++) {
    const a = (k / 6) * Math.PI * 2;
    out += `<circle cx="${n(x + Math.cos(a) * r * 0.62)}" cy="${n(y + Math.sin(a) * r * 0.62)}" r="${n(r * 0.48)}" fill="${petal}"/>`;
  }
  return out + `<circle cx="${n(x)}" cy="${n(y)}" r="${n(r * 0.38)}" fill="${heart}"/>`;
}

/** Small helpers shared by the scene and people drawings. */

/** A number for SVG text: one decimal is sub-pixel, and it keeps the markup (and its parse) short. */
export const n = (x: number): string => String(Math.round(x * 10) / 10);

const parseHex = (hex: string): [number, number, number] => [
  parseInt(hex.slice(1, 3), 16),
  parseInt(hex.slice(3, 5), 16),
  parseInt(hex.slice(5, 7), 16),
];
const toHex = (rgb: readonly number[]): string =>
  '#' +
  rgb
    .map((c) =>
      Math.max(0, Math.min(255, Math.round(c)))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('');

/** Blend two `#rrggbb` colours; t = 0 gives a, t = 1 gives b. */
export function mix(a: string, b: string, t: number): string {
  const [x, y] = [parseHex(a), parseHex(b)];
  return toHex(x.map((c, i) => c + ((y[i] ?? 0) - c) * t));
}

/** Darker (amount < 0) or lighter (amount > 0) version of a colour. */
export function shade(hex: string, amount: number): string {
  return amount < 0 ? mix(hex, '#000000', -amount) : mix(hex, '#ffffff', amount);
}

/** How the light of the moment colours everything in front of the sky. */
export interface Tint {
  color: string;
  amount: number;
}

export const NO_TINT: Tint = { color: '#000000', amount: 0 };

/** A colour as it looks under a tint. */
export const tinted = (hex: string, tint: Tint): string =>
  tint.amount === 0 ? hex : mix(hex, tint.color, tint.amount);

/** A box in pixels; cx/cy is its centre. */
export interface Box {
  cx: number;
  cy: number;
  w: number;
  h: number;
}

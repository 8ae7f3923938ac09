/**
 * Seeded randomness for the synthetic library: the same seed gives the same library on every
 * machine, so cached databases and benchmark figures are comparable between runs.
 */

/** A source of uniform numbers in [0, 1). */
export type Rng = () => number;

/** mulberry32: fast, 32 bits of state, plenty for choosing dates and faces. */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A child seed, so each asset draws from its own stream whatever order assets are built in. */
export function deriveSeed(seed: number, ...parts: number[]): number {
  let h = (seed ^ 0x9e3779b9) >>> 0;
  for (const p of parts) {
    h = Math.imul(h ^ (p >>> 0), 0x85ebca6b) >>> 0;
    h = (h ^ (h >>> 13)) >>> 0;
    h = Math.imul(h, 0xc2b2ae35) >>> 0;
    h = (h ^ (h >>> 16)) >>> 0;
  }
  return h;
}

export const intBetween = (rng: Rng, lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1));

export function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)]!;
}

/** A standard normal draw (Box–Muller). */
export function normal(rng: Rng): number {
  return Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng());
}

/** A log-normal draw: the long tails of album sizes and event intensity. */
export const logNormal = (rng: Rng, mu: number, sigma: number) => Math.exp(mu + sigma * normal(rng));

/**
 * Draws indices with probability proportional to `weights` by binary search over the cumulative
 * sum: O(log n) a draw, for the million draws of a large library.
 */
export function weightedSampler(weights: ArrayLike<number>): (rng: Rng) => number {
  const cumulative = new Float64Array(weights.length);
  let sum = 0;
  for (let i = 0; i < weights.length; i++) cumulative[i] = sum += weights[i]!;
  return (rng) => {
    const r = rng() * sum;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cumulative[mid]! > r) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
}

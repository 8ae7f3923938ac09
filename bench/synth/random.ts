/**
 * Seeded randomness for the synthetic library: the same seed gives the same library on every
 * machine, so cached databases and benchmark figures are comparable between runs.
 */

// The seeded generator and its basic draws are the demo library's: one implementation of mulberry32.
export { deriveSeed, intBetween, mulberry32, pick, type Rng } from '../../server/demo/random.ts';
import type { Rng } from '../../server/demo/random.ts';

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

/**
 * Seeded random months for the layout tests and the layout bench: the shapes of a real library
 * (mostly 4:3 landscape, portraits, 16:9, some square, a few panoramas wider than the clamp) and
 * bursty days (some days empty, a few busy ones), newest day first as the API lists them.
 */
import type { MonthItem } from '../month-layout.ts';

/** mulberry32: small, fast, and the same sequence on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed | 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One photo's width ÷ height, drawn from a typical library's mix of frames. */
export function randomAspectRatio(random: () => number): number {
  const x = random();
  if (x < 0.55) return 4 / 3;
  if (x < 0.8) return 3 / 4;
  if (x < 0.9) return 16 / 9;
  if (x < 0.95) return 9 / 16;
  if (x < 0.98) return 1;
  return 3 + 2 * random(); // panoramas, 3:1 to 5:1 (clamped by the layout)
}

/** A month of `count` assets spread over bursty days of May 2024, newest first. */
export function randomMonth(random: () => number, count: number): MonthItem[] {
  const weights = Array.from({ length: 31 }, () => (random() < 0.4 ? 0 : Math.exp(6 * random() * random())));
  const total = weights.reduce((a, b) => a + b, 0) || 1;
  const days: number[] = [];
  for (let i = 0; i < count; i++) {
    let x = random() * total;
    let day = 0;
    while (day < 30 && x > weights[day]!) x -= weights[day++]!;
    days.push(day + 1);
  }
  days.sort((a, b) => b - a);
  return days.map((day) => ({
    aspectRatio: randomAspectRatio(random),
    day: `2024-05-${String(day).padStart(2, '0')}`,
  }));
}

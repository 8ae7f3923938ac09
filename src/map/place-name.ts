/** What a map label calls a group of photos: the city most of them name, else their country. */
export function placeNameOf(
  places: ReadonlyArray<{ city?: string | null; country?: string | null } | null | undefined>,
): string | null {
  const tally = new Map<string, number>();
  for (const place of places) {
    const name = place?.city?.trim() || place?.country?.trim();
    if (name) tally.set(name, (tally.get(name) ?? 0) + 1);
  }
  let best: string | null = null;
  let most = 0;
  for (const [name, count] of tally) {
    if (count > most) [best, most] = [name, count];
  }
  return best;
}

/**
 * Which of `points` (biggest first) get a label: greedily, each at least `gap` pixels from every
 * one already labelled, at most `max` of them, so names never pile up on one another.
 */
export function spacedIndices(
  points: ReadonlyArray<readonly [number, number]>,
  gap: number,
  max: number,
): Set<number> {
  const kept: number[] = [];
  for (let index = 0; index < points.length && kept.length < max; index++) {
    const [x, y] = points[index]!;
    const clear = kept.every((other) => {
      const [ox, oy] = points[other]!;
      return Math.hypot(x - ox, y - oy) >= gap;
    });
    if (clear) kept.push(index);
  }
  return new Set(kept);
}

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

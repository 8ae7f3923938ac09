/**
 * What the timeline does with new month counts while it is open (the index changed under it).
 * Pure: the months shown, the months the server now counts, and where the person is.
 *
 * At the top, the new months are shown at once: new photos simply appear. Scrolled down, the
 * months above the one in view keep what they showed (a month inserted or resized above would
 * push what the person is looking at down the screen); those from the one in view down take the
 * new counts, which changes nothing above. The photos added above are counted for a "3 new
 * photos" pill, which takes the person to the top, where everything is shown as it is now.
 * Months above also refetch their photos; a month the virtualizer measured adjusts the scroll when
 * its height changes above the viewport, so only the list of months itself must wait.
 */
import type { TimelineMonth } from './use-months.ts';

export interface LiveMonths {
  /** What the timeline should show now. */
  months: TimelineMonth[];
  /** Photos added to months above the one in view, not shown yet. */
  newAbove: number;
}

/**
 * @param shown what the timeline shows (newest month first)
 * @param next what the server counts now
 * @param topMonth the month at the top of the viewport (`YYYY-MM`), or null at the very top
 */
export function planLiveMonths(
  shown: readonly TimelineMonth[],
  next: readonly TimelineMonth[],
  topMonth: string | null,
): LiveMonths {
  // Nothing shown yet is no view to keep: a first load (even one starting deep, from ?at=) takes all.
  if (topMonth === null || shown.length === 0) return { months: [...next], newAbove: 0 };
  const above = (m: TimelineMonth) => m.month > topMonth;
  const kept = shown.filter(above);
  const shownCounts = new Map(kept.map((m) => [m.month, m.count]));
  let newAbove = 0;
  for (const m of next) if (above(m)) newAbove += Math.max(0, m.count - (shownCounts.get(m.month) ?? 0));
  return { months: [...kept, ...next.filter((m) => !above(m))], newAbove };
}

/** The pill's words: "1 new photo", "3 new photos" (videos are photos here, as in the counts). */
export function newPhotosLabel(count: number, formatCount: (n: number) => string = String): string {
  return count === 1 ? '1 new photo' : `${formatCount(count)} new photos`;
}

/**
 * What a month's layout needs to know of its assets, and the estimated space of the ones still to
 * load. Pure.
 */
import type { GalleryAsset } from '../api/asset-model.ts';
import { estimateMonthHeight, type MonthItem, type MonthLayoutOptions } from '../layout/month-layout.ts';
import { groupKeyOf } from '../time/date-labels.ts';
import type { TimelineMonth } from './use-months.ts';

/** An asset's shape (1, a square, where the server gives no size) and its wall-clock day. */
export function monthItemOf(asset: GalleryAsset): MonthItem {
  const aspectRatio = asset.width && asset.height ? asset.width / asset.height : 1;
  return { aspectRatio, day: groupKeyOf(asset.local_datetime, 'day') };
}

/**
 * Height below the laid-out rows of a month with `loaded` of its assets laid out: the estimate for
 * the rest (their share of the month's aspect-ratio sum, when the server gave it), header left out.
 */
export function estimateRemainder(month: TimelineMonth, loaded: number, options: MonthLayoutOptions): number {
  const rest = Math.max(0, month.count - loaded);
  if (rest === 0) return 0;
  const share = month.aspectRatioSum !== null ? (month.aspectRatioSum * rest) / month.count : null;
  return Math.max(0, estimateMonthHeight(rest, share, options) - options.headerHeight);
}

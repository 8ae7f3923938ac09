/**
 * How a selection becomes one download, pure: one asset → its original; explicit assets → a zip
 * of their ids; everything under the filter, or one span of it (a day, a month, a range), less a
 * few → the zip's filter form; anything else → the spans' ids listed first (the server's list with
 * the same filter and the span's bounds) and sent as ids.
 */
import { DOWNLOAD_EXCLUDE_MAX, DOWNLOAD_IDS_MAX } from '../../contract/constants.ts';
import { UNDATED_TIME, type Selection, type TimeSpan } from './selection-model.ts';

export type DownloadPlan =
  | { kind: 'ids'; ids: string[] }
  /** `span` null: everything under the filter. */
  | { kind: 'filter'; span: TimeSpan | null; excludeIds: string[] }
  | { kind: 'resolve'; spans: TimeSpan[]; includeIds: string[]; excludeIds: string[] };

/** What is left of all time once `spans` (oldest first, disjoint) are taken out. */
export function complementSpans(spans: readonly TimeSpan[]): TimeSpan[] {
  const out: TimeSpan[] = [];
  let from = -Infinity;
  for (const span of spans) {
    if (span.from > from) out.push({ from, to: span.from - 1 });
    from = span.to + 1;
  }
  out.push({ from, to: Infinity });
  return out;
}

export function planDownload(selection: Selection): DownloadPlan {
  const includeIds: string[] = [];
  const excludeIds: string[] = [];
  for (const [id, value] of selection.overrides) (value.selected ? includeIds : excludeIds).push(id);
  const { base, spans } = selection;
  if (!base && spans.length === 0) return { kind: 'ids', ids: includeIds };
  const fits = excludeIds.length <= DOWNLOAD_EXCLUDE_MAX;
  if (fits && !base && spans.length === 1 && includeIds.length === 0)
    return { kind: 'filter', span: spans[0]!, excludeIds };
  if (fits && base && spans.length === 0) return { kind: 'filter', span: null, excludeIds };
  return { kind: 'resolve', spans: base ? complementSpans(spans) : [...spans], includeIds, excludeIds };
}

const wallText = (ms: number) => new Date(ms).toISOString().slice(0, 23);

/** The list's exclusive `local_datetime_after`/`_before` that hold exactly `span` (open ends left out). */
export function boundsOf(span: TimeSpan): { local_datetime_after?: string; local_datetime_before?: string } {
  const bounds: { local_datetime_after?: string; local_datetime_before?: string } = {};
  if (Number.isFinite(span.from) && span.from > UNDATED_TIME)
    bounds.local_datetime_after = wallText(span.from - 1);
  if (Number.isFinite(span.to) && span.to < Date.UTC(9999, 11, 31))
    bounds.local_datetime_before = wallText(span.to + 1);
  return bounds;
}

/** The filter of the timeline in the API's names (the same filter the timeline lists with). */
export interface ZipFilter {
  library_id?: string | undefined;
  album_id?: string | undefined;
  person_id?: string | undefined;
  bbox?: string | undefined;
  country_code?: string | undefined;
  city?: string | undefined;
}

/**
 * `/api/assets/download.zip?…` for ids or the filter form; null when there are more ids than one
 * zip takes. Commas stay raw: a thousand ids are 29 KB of URL, not 31.
 */
export function zipUrl(
  filter: ZipFilter,
  plan: { ids: string[] } | { span: TimeSpan | null; excludeIds: string[] },
): string | null {
  const parts: string[] = [];
  for (const [name, value] of Object.entries(filter))
    if (typeof value === 'string' && value) parts.push(`${name}=${encodeURIComponent(value)}`);
  if ('ids' in plan) {
    if (plan.ids.length === 0 || plan.ids.length > DOWNLOAD_IDS_MAX) return null;
    parts.push(`ids=${plan.ids.map(encodeURIComponent).join(',')}`);
  } else {
    parts.unshift('all=true');
    const bounds = plan.span ? boundsOf(plan.span) : {};
    for (const [name, value] of Object.entries(bounds)) parts.push(`${name}=${encodeURIComponent(value)}`);
    if (plan.excludeIds.length)
      parts.push(`exclude_ids=${plan.excludeIds.map(encodeURIComponent).join(',')}`);
  }
  return `/api/assets/download.zip?${parts.join('&')}`;
}

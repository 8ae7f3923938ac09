import { formatCount } from '../time/intl-formats.ts';

/** `12 selected`, `1,234 selected`; "Counting…" while a range is being counted. */
export function selectedLabel(count: number | null): string {
  return count === null ? 'Counting…' : `${formatCount(count)} selected`;
}

/** What screen readers hear as the selection changes: "3 photos selected". */
export function selectedAnnouncement(count: number | null): string {
  if (count === null) return '';
  return count === 1 ? '1 photo selected' : `${formatCount(count)} photos selected`;
}

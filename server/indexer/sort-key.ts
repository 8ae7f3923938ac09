/**
 * The ordering key of a `local_datetime`: its wall-clock part as fixed-width text
 * (`2024-06-01T14:30:05.000`). The offset is dropped on purpose: assets sort by the time on the
 * clock where they were taken, as the API's `local_datetime` order means.
 */
export function sortKeyOf(localDatetime: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2})?)(?:\.(\d+))?/.exec(localDatetime);
  if (!m) return '0000-00-00T00:00:00.000';
  const time = m[2]!.length === 5 ? `${m[2]}:00` : m[2]!;
  const fraction = (m[3] ?? '').padEnd(3, '0').slice(0, 3);
  return `${m[1]}T${time}.${fraction}`;
}

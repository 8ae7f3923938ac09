/**
 * A month of the timeline as the API's exclusive capture-time bounds. Months are wall-clock
 * `YYYY-MM` keys (the same as the counts' naive `time_bucket`s), so the bounds are naive too and
 * compare with each photo's own wall clock. Pure.
 */

/** `2024-06-01T00:00:00` → `2024-06`; null for text that is not a date. */
export function monthOfBucket(timeBucket: string): string | null {
  return /^\d{4}-\d{2}/.test(timeBucket) ? timeBucket.slice(0, 7) : null;
}

/**
 * `local_datetime_after`/`_before` that hold exactly the month: after is one millisecond before
 * its first instant (the bounds are exclusive and the server keeps milliseconds), before is the
 * first instant of the next month.
 */
export function monthWindow(month: string): { after: string; before: string } {
  const [year = 1970, mm = 1] = month.split('-').map(Number);
  const start = Date.UTC(year, mm - 1, 1);
  const next = Date.UTC(year, mm, 1);
  return {
    after: new Date(start - 1).toISOString().slice(0, 23),
    before: new Date(next).toISOString().slice(0, 19),
  };
}

/** The naive bound just after a day (`2019-07-04` → `2019-07-05T00:00:00`): "on or before" it. */
export function endOfDayBound(day: string): string {
  const [year = 1970, mm = 1, dd = 1] = day.split('-').map(Number);
  return new Date(Date.UTC(year, mm - 1, dd + 1)).toISOString().slice(0, 19);
}

/**
 * The form of "Jump to date" (jump-to-date.tsx holds its button): a year and a month among the
 * months that exist, or a typed date. Go (or Enter) hands the timeline a day: the one typed, or
 * the last day of the chosen month, so that it lands on the newest photo on or before it. Its own
 * chunk: nobody needs it before the button is pressed.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { FormEvent, RefObject } from 'react';
import { daysInMonth } from '../time/wall-clock.ts';
import { monthName } from './month-names.ts';
import type { ScrubberMonth } from './scrubber-marks.ts';

export interface JumpToDateFormProps {
  id: string;
  months: readonly ScrubberMonth[];
  /** 'YYYY-MM-DD'. */
  onJump: (date: string) => void;
  onClose: (refocus: boolean) => void;
  /** The button that opened it: a press on it is not a click outside. */
  button: RefObject<HTMLButtonElement | null>;
}

/** Years newest first, each with its month numbers newest first; keys without a date skipped. */
function yearsOf(months: readonly ScrubberMonth[]): Map<string, number[]> {
  const years = new Map<string, number[]>();
  for (const { month } of months) {
    const match = /^(\d{4})-(\d{2})$/.exec(month);
    if (!match) continue;
    const list = years.get(match[1]!) ?? [];
    const number = Number(match[2]);
    if (!list.includes(number)) list.push(number);
    years.set(match[1]!, list);
  }
  for (const list of years.values()) list.sort((a, b) => b - a);
  return new Map([...years].sort(([a], [b]) => (a < b ? 1 : a > b ? -1 : 0)));
}

/** The last day of a month, as the wall-clock 'YYYY-MM-DD'. */
export function lastDayOf(year: number, month: number): string {
  const day = daysInMonth(year, month);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function JumpToDateForm({ id, months, onJump, onClose, button }: JumpToDateFormProps) {
  const years = useMemo(() => yearsOf(months), [months]);
  const [year, setYear] = useState('');
  const [month, setMonth] = useState(0);
  const [typed, setTyped] = useState('');
  const form = useRef<HTMLFormElement>(null);
  const firstField = useRef<HTMLSelectElement>(null);
  const titleId = useId();

  const firstYear = years.keys().next().value ?? '';
  const chosenYear = years.has(year) ? year : firstYear;
  const monthsOfYear = years.get(chosenYear) ?? [];
  const chosenMonth = monthsOfYear.includes(month) ? month : (monthsOfYear[0] ?? 0);

  useEffect(() => firstField.current?.focus(), []);

  // A click outside closes the form, leaving focus where the click put it.
  useEffect(() => {
    const onDown = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!form.current?.contains(target) && !button.current?.contains(target)) onClose(false);
    };
    document.addEventListener('pointerdown', onDown);
    return () => document.removeEventListener('pointerdown', onDown);
  }, [onClose, button]);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (/^\d{4}-\d{2}-\d{2}$/.test(typed)) onJump(typed);
    else if (chosenYear && chosenMonth) onJump(lastDayOf(Number(chosenYear), chosenMonth));
    else return;
    onClose(true);
  };

  return (
    <form
      ref={form}
      id={id}
      className="jump-to-date-form"
      role="dialog"
      aria-labelledby={titleId}
      onSubmit={onSubmit}
    >
      <span id={titleId} className="jump-to-date-title">
        Jump to date
      </span>
      <label>
        Year
        <select
          ref={firstField}
          className="select"
          value={chosenYear}
          onChange={(event) => setYear(event.target.value)}
        >
          {[...years.keys()].map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </label>
      <label>
        Month
        <select
          className="select"
          value={chosenMonth}
          onChange={(event) => setMonth(Number(event.target.value))}
        >
          {monthsOfYear.map((m) => (
            <option key={m} value={m}>
              {monthName(m)}
            </option>
          ))}
        </select>
      </label>
      <label>
        Or a date
        <input
          className="select"
          type="date"
          value={typed}
          onChange={(event) => setTyped(event.target.value)}
        />
      </label>
      <div className="jump-to-date-actions">
        <button type="submit" className="button">
          Go
        </button>
        <button type="button" className="button button--quiet" onClick={() => onClose(true)}>
          Cancel
        </button>
      </div>
    </form>
  );
}

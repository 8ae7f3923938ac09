/**
 * "Jump to date": a compact button opening a small form, a year and a month among the months
 * that exist, or a typed date. Go (or Enter) hands the timeline a day: the one typed, or the last
 * day of the chosen month, so that it lands on the newest photo on or before it.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { FormEvent, KeyboardEvent } from 'react';
import { daysInMonth } from '../time/wall-clock.ts';
import { monthName } from './month-names.ts';
import type { ScrubberMonth } from './scrubber-marks.ts';
import './jump-to-date.css';

export interface JumpToDateProps {
  months: readonly ScrubberMonth[];
  /** 'YYYY-MM-DD'. */
  onJump: (date: string) => void;
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

export function JumpToDate({ months, onJump }: JumpToDateProps) {
  const [open, setOpen] = useState(false);
  const years = useMemo(() => yearsOf(months), [months]);
  const [year, setYear] = useState('');
  const [month, setMonth] = useState(0);
  const [typed, setTyped] = useState('');
  const button = useRef<HTMLButtonElement>(null);
  const form = useRef<HTMLFormElement>(null);
  const firstField = useRef<HTMLSelectElement>(null);
  const formId = useId();
  const titleId = useId();

  const firstYear = years.keys().next().value ?? '';
  const chosenYear = years.has(year) ? year : firstYear;
  const monthsOfYear = years.get(chosenYear) ?? [];
  const chosenMonth = monthsOfYear.includes(month) ? month : (monthsOfYear[0] ?? 0);

  useEffect(() => {
    if (open) firstField.current?.focus();
  }, [open]);

  // A click outside closes the form, leaving focus where the click put it.
  useEffect(() => {
    if (!open) return;
    const onDown = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!form.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('pointerdown', onDown);
    return () => document.removeEventListener('pointerdown', onDown);
  }, [open]);

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (/^\d{4}-\d{2}-\d{2}$/.test(typed)) onJump(typed);
    else if (chosenYear && chosenMonth) onJump(lastDayOf(Number(chosenYear), chosenMonth));
    else return;
    close();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close();
    } else if (event.key === 'Enter' && event.target instanceof HTMLSelectElement) {
      // Enter submits from a text field natively, but not from a select: make it, so the
      // pickers need no Tab to Go.
      event.preventDefault();
      form.current?.requestSubmit();
    }
  };

  return (
    <div className="jump-to-date" onKeyDown={onKeyDown}>
      <button
        ref={button}
        type="button"
        className="button button--quiet jump-to-date-button"
        aria-expanded={open}
        aria-controls={open ? formId : undefined}
        disabled={years.size === 0}
        onClick={() => setOpen((was) => !was)}
      >
        Jump to date
      </button>
      {open && (
        <form
          ref={form}
          id={formId}
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
            <button type="button" className="button button--quiet" onClick={close}>
              Cancel
            </button>
          </div>
        </form>
      )}
    </div>
  );
}

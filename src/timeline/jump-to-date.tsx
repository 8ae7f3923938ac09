import { useId, useMemo, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { MONTH_NAMES } from '../time/wall-clock.ts';
import type { ScrubberMonth } from './scrubber-marks.ts';

interface JumpToDateProps {
  months: readonly ScrubberMonth[];
  /** A wall-clock day, `YYYY-MM-DD`: the timeline lands on the newest photo on or before it. */
  onJump: (day: string) => void;
}

/** The last day of a `YYYY-MM` month, as `YYYY-MM-DD`. */
export function lastDayOf(month: string): string {
  const [year = 1970, mm = 1] = month.split('-').map(Number);
  const day = new Date(Date.UTC(year, mm, 0)).getUTCDate();
  return `${month}-${String(day).padStart(2, '0')}`;
}

/**
 * "Jump to date": a small form under a button, with the years and months that have photos, or
 * a typed date. Enter or Go jumps; Esc closes and gives focus back to the button.
 */
export function JumpToDate({ months, onJump }: JumpToDateProps) {
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const formId = useId();
  const years = useMemo(() => [...new Set(months.map((m) => m.month.slice(0, 4)))], [months]);
  const [year, setYear] = useState<string | null>(null);
  const [month, setMonth] = useState<string | null>(null);
  const [typed, setTyped] = useState('');
  const chosenYear = year ?? years[0] ?? '';
  const monthsOfYear = months.filter((m) => m.month.startsWith(`${chosenYear}-`)).map((m) => m.month);
  const chosenMonth = month && monthsOfYear.includes(month) ? month : (monthsOfYear[0] ?? '');

  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const day = /^\d{4}-\d{2}-\d{2}$/.test(typed) ? typed : chosenMonth ? lastDayOf(chosenMonth) : null;
    if (!day) return;
    onJump(day);
    close();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    // The viewer and the shortcuts list listen for Esc too: this one is ours.
    event.stopPropagation();
    close();
  };

  return (
    <div className="jump-to-date" onKeyDown={onKeyDown}>
      <button
        ref={buttonRef}
        type="button"
        className="jump-to-date__button"
        aria-expanded={open}
        aria-controls={formId}
        onClick={() => setOpen((now) => !now)}
        disabled={months.length === 0}
      >
        Jump to date
      </button>
      {open ? (
        <form id={formId} className="jump-to-date__form" aria-label="Jump to date" onSubmit={submit}>
          <label>
            Year
            <select
              autoFocus
              value={chosenYear}
              onChange={(e) => {
                setYear(e.target.value);
                setMonth(null);
              }}
            >
              {years.map((y) => (
                <option key={y}>{y}</option>
              ))}
            </select>
          </label>
          <label>
            Month
            <select value={chosenMonth} onChange={(e) => setMonth(e.target.value)}>
              {monthsOfYear.map((m) => (
                <option key={m} value={m}>
                  {MONTH_NAMES[Number(m.slice(5)) - 1]}
                </option>
              ))}
            </select>
          </label>
          <label>
            or a date
            <input type="date" value={typed} onChange={(e) => setTyped(e.target.value)} />
          </label>
          <button type="submit">Go</button>
        </form>
      ) : null}
    </div>
  );
}

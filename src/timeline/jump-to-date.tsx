/**
 * "Jump to date": a compact button opening a small form (jump-to-date-form.tsx, its own chunk,
 * fetched when the pointer or focus comes to the button) that hands the timeline a day.
 */
import { useCallback, useId, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { preloadable } from '../app/preloadable.ts';
import type { ScrubberMonth } from './scrubber-marks.ts';
import './jump-to-date.css';

const formModule = preloadable(() => import('./jump-to-date-form.tsx'));

export interface JumpToDateProps {
  months: readonly ScrubberMonth[];
  /** 'YYYY-MM-DD'. */
  onJump: (date: string) => void;
}

const DATED_MONTH = /^\d{4}-\d{2}$/;

export function JumpToDate({ months, onJump }: JumpToDateProps) {
  const [open, setOpen] = useState(false);
  const [module, setModule] = useState(formModule.loaded);
  const button = useRef<HTMLButtonElement>(null);
  const formId = useId();
  const load = () => {
    if (!module) void formModule.preload().then(setModule, () => setOpen(false));
  };
  const close = useCallback((refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  }, []);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && open) {
      event.preventDefault();
      event.stopPropagation();
      close(true);
    } else if (event.key === 'Enter' && event.target instanceof HTMLSelectElement) {
      // Enter submits from a text field natively, but not from a select: make it, so the
      // pickers need no Tab to Go.
      event.preventDefault();
      event.target.form?.requestSubmit();
    }
  };

  const Form = open ? module?.JumpToDateForm : undefined;
  return (
    <div className="jump-to-date" onKeyDown={onKeyDown}>
      <button
        ref={button}
        type="button"
        className="button button--quiet jump-to-date-button"
        aria-expanded={open}
        aria-controls={Form ? formId : undefined}
        disabled={!months.some((m) => DATED_MONTH.test(m.month))}
        onPointerEnter={load}
        onFocus={load}
        onClick={() => {
          load();
          setOpen((was) => !was);
        }}
      >
        Jump to date
      </button>
      {Form ? <Form id={formId} months={months} onJump={onJump} onClose={close} button={button} /> : null}
    </div>
  );
}

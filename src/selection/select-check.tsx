import type { SpanState } from './selection-model.ts';
// The checks and the selection bar share one stylesheet; the bar's code is a lazy chunk.
import './selection.css';

interface SelectCheckProps {
  state: SpanState | boolean;
  /** "Select Sat, 1 Jun", "Select photo" — said by screen readers, shown as a tooltip. */
  label: string;
  className: string;
  /** Header checks are tab stops; a tile's is not (Space on the tile toggles it). */
  tabbable?: boolean;
  onChange: (selected: boolean, event: React.MouseEvent) => void;
  style?: React.CSSProperties;
}

/**
 * A round check (a tile's corner, a day's or a month's label): a real checkbox to assistive
 * technology, mixed when only part of a day is selected.
 */
export function SelectCheck({ state, label, className, tabbable = true, onChange, style }: SelectCheckProps) {
  const checked = state === true || state === 'all';
  const ariaChecked = state === 'some' ? 'mixed' : checked;
  return (
    <button
      type="button"
      role="checkbox"
      aria-checked={ariaChecked}
      aria-label={label}
      title={label}
      tabIndex={tabbable ? undefined : -1}
      style={style}
      className={`select-check ${className}${checked ? ' select-check--on' : ''}${state === 'some' ? ' select-check--some' : ''}`}
      onClick={(event) => {
        event.preventDefault();
        event.stopPropagation();
        onChange(!checked, event);
      }}
      onPointerDown={(event) => event.stopPropagation()}
    >
      <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <circle cx="12" cy="12" r="10" />
        {state === 'some' ? <path d="M7 12h10" /> : <path d="M7 12.5l3.2 3.2L17 9" />}
      </svg>
    </button>
  );
}

/**
 * The date scrubber: a rail on the timeline's right with year labels and month ticks, a thumb at
 * the viewport's position, the month under the pointer as a floating label, drag (live `onScrub`,
 * one call a frame) and click / release / keys (`onJump`). Presentational: the timeline owns the
 * scrolling. A focusable slider whose value is the month index (0 = newest).
 */
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent, PointerEvent } from 'react';
import { monthYearLabel } from './month-names.ts';
import { aimAtY, MIN_RAIL_HEIGHT, monthAtY, scrubberMarks, type ScrubberMonth } from './scrubber-marks.ts';
import './scrubber.css';

export interface ScrubberProps {
  /** Newest first. */
  months: readonly ScrubberMonth[];
  /** 0..1: the viewport's top in the timeline (the thumb). */
  position: number;
  /** The month in view. */
  currentMonth: string | null;
  /** Live, while dragging (the timeline travels). */
  onScrub: (month: string, within: number, fraction: number) => void;
  /** Click, drag release, keyboard. */
  onJump: (month: string, within: number) => void;
  /** Touch: show the draggable handle while the page scrolls. */
  scrolling?: boolean;
  /** E.g. "Jumping needs a newer server": the rail spans what's loaded and says so. */
  unavailable?: string;
}

/** How long the touch handle stays after scrolling stops. */
const HANDLE_LINGER_MS = 1500;

function yearOf(month: string | undefined): string {
  return month?.slice(0, 4) ?? '';
}

/** PageUp/PageDown go label to label: the newest month of this year (if below it) or the next. */
function yearStep(months: readonly ScrubberMonth[], index: number, direction: 1 | -1): number {
  const year = yearOf(months[index]?.month);
  if (direction === 1) {
    let next = index;
    while (next < months.length - 1 && yearOf(months[next]?.month) === year) next++;
    return next;
  }
  let top = index;
  while (top > 0 && yearOf(months[top - 1]?.month) === year) top--;
  if (top < index) return top;
  if (index === 0) return 0;
  const newerYear = yearOf(months[index - 1]?.month);
  let newer = index - 1;
  while (newer > 0 && yearOf(months[newer - 1]?.month) === newerYear) newer--;
  return newer;
}

/** The rail's height, kept up to date; a callback ref, so it is measured as the rail mounts. */
function useRailHeight(): [number, (element: HTMLDivElement | null) => void] {
  const [height, setHeight] = useState(0);
  const measure = useCallback((element: HTMLDivElement | null) => {
    if (!element) return;
    setHeight(element.clientHeight);
    const observer = new ResizeObserver(() => setHeight(element.clientHeight));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [height, measure];
}

/** True while `scrolling`, and for a moment after, so that the handle can be caught. */
function useLingering(active: boolean): boolean {
  const [lingering, setLingering] = useState(false);
  // Adjusted while rendering (React's pattern for state that follows a prop), not in an effect.
  if (active && !lingering) setLingering(true);
  useEffect(() => {
    if (active || !lingering) return;
    const timer = setTimeout(() => setLingering(false), HANDLE_LINGER_MS);
    return () => clearTimeout(timer);
  }, [active, lingering]);
  return active || lingering;
}

export function Scrubber(props: ScrubberProps) {
  const { months, position, currentMonth, onScrub, onJump, scrolling = false, unavailable } = props;
  const rail = useRef<HTMLDivElement>(null);
  const noteId = useId();
  const [railHeight, measureRail] = useRailHeight();
  const railRef = useCallback(
    (element: HTMLDivElement | null) => {
      rail.current = element;
      return measureRail(element);
    },
    [measureRail],
  );
  const marks = useMemo(() => scrubberMarks(months, railHeight), [months, railHeight]);
  const [pointerY, setPointerY] = useState<number | null>(null);
  const [dragging, setDragging] = useState(false);
  // Keys step from where the last key went until the timeline reports the month it reached.
  const [keyStep, setKeyStep] = useState<{ index: number; from: string | null } | null>(null);
  const keyIndex = keyStep && keyStep.from === currentMonth ? keyStep.index : null;
  const frame = useRef<number | null>(null);
  const pendingY = useRef(0);
  const handleVisible = useLingering(scrolling) || dragging;
  const hidden = railHeight > 0 && railHeight < MIN_RAIL_HEIGHT;

  const currentIndex = useMemo(() => {
    const found = currentMonth === null ? -1 : months.findIndex((m) => m.month === currentMonth);
    return found >= 0 ? found : monthAtY(months, position * railHeight, railHeight).index;
  }, [months, currentMonth, position, railHeight]);
  const valueIndex = keyIndex ?? currentIndex;

  useEffect(
    () => () => {
      if (frame.current !== null) cancelAnimationFrame(frame.current);
    },
    [],
  );

  const yOf = (event: PointerEvent): number => {
    const box = rail.current!.getBoundingClientRect();
    return Math.min(Math.max(event.clientY - box.top, 0), railHeight);
  };

  const scrubTo = useCallback(
    (y: number) => {
      const { index, within } = aimAtY(months, y, railHeight);
      const month = months[index];
      if (month) onScrub(month.month, within, railHeight > 0 ? y / railHeight : 0);
    },
    [months, railHeight, onScrub],
  );

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0 || months.length === 0) return;
    // No preventDefault: the press focuses the slider as any click would (no focus ring for a
    // mouse), so the arrows work next; the CSS keeps text selection and panning away.
    rail.current?.setPointerCapture?.(event.pointerId);
    setDragging(true);
    setPointerY(yOf(event));
  };

  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const y = yOf(event);
    setPointerY(y);
    if (!dragging) return;
    pendingY.current = y;
    // One scrub a frame: pointermove can fire several times between paints.
    frame.current ??= requestAnimationFrame(() => {
      frame.current = null;
      scrubTo(pendingY.current);
    });
  };

  const endDrag = (event: PointerEvent<HTMLDivElement>, jump: boolean) => {
    if (!dragging) return;
    setDragging(false);
    if (frame.current !== null) cancelAnimationFrame(frame.current);
    frame.current = null;
    rail.current?.releasePointerCapture?.(event.pointerId);
    if (event.pointerType !== 'mouse') setPointerY(null);
    if (!jump) return;
    const { index, within } = aimAtY(months, yOf(event), railHeight);
    const month = months[index];
    if (month) onJump(month.month, within);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (months.length === 0) return;
    const from = Math.max(valueIndex, 0);
    const last = months.length - 1;
    const to =
      event.key === 'ArrowDown'
        ? Math.min(from + 1, last)
        : event.key === 'ArrowUp'
          ? Math.max(from - 1, 0)
          : event.key === 'PageDown'
            ? yearStep(months, from, 1)
            : event.key === 'PageUp'
              ? yearStep(months, from, -1)
              : event.key === 'Home'
                ? 0
                : event.key === 'End'
                  ? last
                  : null;
    if (to === null) return;
    event.preventDefault();
    setKeyStep({ index: to, from: currentMonth });
    onJump(months[to]!.month, 0);
  };

  const hover = pointerY === null ? null : monthAtY(months, pointerY, railHeight);
  const hoverMonth = hover ? months[hover.index] : undefined;
  const valueMonth = months[valueIndex];
  const thumbY = Math.min(Math.max(position, 0), 1) * railHeight;
  const className = [
    'scrubber',
    dragging ? 'scrubber--dragging' : '',
    handleVisible ? 'scrubber--handle' : '',
    hidden ? 'scrubber--hidden' : '',
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <div
      className={className}
      role="slider"
      aria-label="Timeline"
      aria-orientation="vertical"
      aria-valuemin={0}
      aria-valuemax={Math.max(months.length - 1, 0)}
      aria-valuenow={Math.max(valueIndex, 0)}
      aria-valuetext={valueMonth ? monthYearLabel(valueMonth.month) : undefined}
      aria-describedby={unavailable ? noteId : undefined}
      aria-hidden={hidden || undefined}
      tabIndex={hidden ? -1 : 0}
      onKeyDown={onKeyDown}
    >
      <div
        ref={railRef}
        className="scrubber-rail"
        data-testid="scrubber-rail"
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={(event) => endDrag(event, true)}
        onPointerCancel={(event) => endDrag(event, false)}
        onPointerLeave={() => {
          if (!dragging) setPointerY(null);
        }}
      >
        {marks.ticks.map((tick) => (
          <span key={tick.month} className="scrubber-tick" style={{ top: tick.y }} />
        ))}
        {marks.years.map((mark) => (
          <span key={mark.year} className="scrubber-year" style={{ top: mark.y }} aria-hidden="true">
            {mark.year}
          </span>
        ))}
        <span className="scrubber-thumb" style={{ top: thumbY }} aria-hidden="true" />
        {handleVisible && <span className="scrubber-handle" style={{ top: thumbY }} aria-hidden="true" />}
        {hoverMonth && pointerY !== null && (
          <span className="scrubber-label" style={{ top: pointerY }} aria-hidden="true">
            {monthYearLabel(hoverMonth.month)}
          </span>
        )}
      </div>
      {unavailable && (
        <p id={noteId} className="scrubber-unavailable">
          {unavailable}
        </p>
      )}
    </div>
  );
}

import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { formatGroupLabel } from '../time/date-labels.ts';
import { useElementSize } from '../ui/use-element-size.ts';
import { monthAtY, scrubberMarks, type ScrubberMonth } from './scrubber-marks.ts';
import './scrubber.css';

export interface ScrubberProps {
  /** Newest first, each with where its section starts (0..1). */
  months: readonly ScrubberMonth[];
  /** 0..1: the viewport's top in the timeline (the thumb). */
  position: number;
  /** The month in view. */
  currentMonth: string | null;
  /** Live, while dragging: the timeline travels with the pointer. */
  onScrub: (month: string, within: number, fraction: number) => void;
  /** A click, the end of a drag, a key. */
  onJump: (month: string, within: number) => void;
  /** The timeline is scrolling: on touch, the draggable handle shows. */
  scrolling?: boolean;
  /** Why the rail cannot jump (a server without counts): it then only shows where you are. */
  unavailable?: string;
}

/** How long the touch handle stays after scrolling stops. */
const HANDLE_LINGER_MS = 1500;

/**
 * The date rail on the timeline's right: year labels and month ticks, a thumb where you are, the
 * month under the pointer, drag to travel, click to jump. A slider for the keyboard and screen
 * readers: ↑/↓ a month, Page Up/Down a year, Home/End the newest/oldest month.
 */
export function Scrubber({
  months,
  position,
  currentMonth,
  onScrub,
  onJump,
  scrolling,
  unavailable,
}: ScrubberProps) {
  const railRef = useRef<HTMLDivElement>(null);
  const { height } = useElementSize(railRef);
  const marks = useMemo(() => scrubberMarks(months, height), [months, height]);
  const [hover, setHover] = useState<{ y: number; month: string } | null>(null);
  const dragging = useRef(false);
  const frame = useRef(0);
  const index = Math.max(
    0,
    months.findIndex((m) => m.month === currentMonth),
  );
  const handle = useLingering(Boolean(scrolling), HANDLE_LINGER_MS);

  const at = (event: PointerEvent<HTMLElement>) => {
    const rect = event.currentTarget.getBoundingClientRect();
    const y = Math.min(Math.max(0, event.clientY - rect.top), rect.height);
    const found = monthAtY(months, y, rect.height);
    const month = months[found.index];
    return month
      ? { y, month: month.month, within: found.within, fraction: rect.height ? y / rect.height : 0 }
      : null;
  };

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (unavailable || event.button !== 0) return;
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    event.currentTarget.focus({ preventScroll: true });
    dragging.current = true;
    const point = at(event);
    if (point) onScrub(point.month, point.within, point.fraction);
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const point = at(event);
    setHover(point ? { y: point.y, month: point.month } : null);
    if (!dragging.current || !point) return;
    // One travel per frame: pointer events come faster than the timeline can draw.
    cancelAnimationFrame(frame.current);
    frame.current = requestAnimationFrame(() => onScrub(point.month, point.within, point.fraction));
  };
  const onPointerUp = (event: PointerEvent<HTMLDivElement>) => {
    if (!dragging.current) return;
    dragging.current = false;
    cancelAnimationFrame(frame.current);
    const point = at(event);
    if (point) onJump(point.month, point.within);
    if (event.pointerType !== 'mouse') setHover(null);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (unavailable || months.length === 0) return;
    const year = (i: number) => months[i]?.month.slice(0, 4);
    const steps: Record<string, () => number> = {
      ArrowDown: () => index + 1,
      ArrowRight: () => index + 1,
      ArrowUp: () => index - 1,
      ArrowLeft: () => index - 1,
      Home: () => 0,
      End: () => months.length - 1,
      // Page keys: the first month of the next (older) or previous (newer) year.
      PageDown: () => {
        let i = index;
        while (i < months.length - 1 && year(i) === year(index)) i++;
        return i;
      },
      PageUp: () => {
        let i = index;
        while (i > 0 && year(i) === year(index)) i--;
        while (i > 0 && year(i - 1) === year(i)) i--;
        return i;
      },
    };
    const step = steps[event.key];
    if (!step) return;
    event.preventDefault();
    const target = months[Math.min(months.length - 1, Math.max(0, step()))];
    if (target) onJump(target.month, 0);
  };

  const label = currentMonth ? formatGroupLabel(currentMonth) : '';
  return (
    <div
      className={`scrubber${handle ? ' scrubber--handle' : ''}${unavailable ? ' scrubber--unavailable' : ''}`}
      title={unavailable}
    >
      <div
        ref={railRef}
        className="scrubber__rail"
        role="slider"
        tabIndex={0}
        aria-label="Timeline"
        aria-orientation="vertical"
        aria-valuemin={0}
        aria-valuemax={Math.max(0, months.length - 1)}
        aria-valuenow={index}
        aria-valuetext={label}
        aria-disabled={unavailable ? true : undefined}
        aria-description={unavailable}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={() => (dragging.current = false)}
        onPointerLeave={() => !dragging.current && setHover(null)}
        onKeyDown={onKeyDown}
      >
        {marks.ticks.map((tick) => (
          <span key={tick.month} className="scrubber__tick" style={{ top: tick.y }} aria-hidden="true" />
        ))}
        {marks.years.map((mark) => (
          <span key={mark.year} className="scrubber__year" style={{ top: mark.y }} aria-hidden="true">
            {mark.year}
          </span>
        ))}
        <span
          className="scrubber__thumb"
          style={{ top: Math.min(1, Math.max(0, position)) * height }}
          aria-hidden="true"
        />
        {hover && !unavailable ? (
          <span className="scrubber__hover" style={{ top: hover.y }} aria-hidden="true">
            {formatGroupLabel(hover.month)}
          </span>
        ) : null}
      </div>
      {unavailable ? <p className="scrubber__note">{unavailable}</p> : null}
    </div>
  );
}

/** True while `on`, and for `ms` after it turns off. */
function useLingering(on: boolean, ms: number): boolean {
  const [lingering, setLingering] = useState(false);
  useEffect(() => {
    if (on) return undefined;
    const timer = window.setTimeout(() => setLingering(false), ms);
    return () => window.clearTimeout(timer);
  }, [on, ms]);
  if (on && !lingering) setLingering(true);
  return on || lingering;
}

// INTERIM (lead): until the scrubber helper's version lands.
import { formatGroupLabel } from '../time/date-labels.ts';
import type { ScrubberMonth } from './scrubber-marks.ts';

export interface ScrubberProps {
  months: readonly ScrubberMonth[];
  position: number;
  currentMonth: string | null;
  onScrub: (month: string, within: number, fraction: number) => void;
  onJump: (month: string, within: number) => void;
  scrolling?: boolean;
  unavailable?: string;
}

export function Scrubber({ months, currentMonth }: ScrubberProps) {
  const index = Math.max(
    0,
    months.findIndex((m) => m.month === currentMonth),
  );
  return (
    <div
      role="slider"
      tabIndex={0}
      aria-label="Timeline"
      aria-valuemin={0}
      aria-valuemax={Math.max(0, months.length - 1)}
      aria-valuenow={index}
      aria-valuetext={currentMonth ? formatGroupLabel(currentMonth) : ''}
    />
  );
}

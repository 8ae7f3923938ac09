// INTERIM (lead): until the scrubber helper's version lands.
import type { ScrubberMonth } from './scrubber-marks.ts';

export function JumpToDate(_props: { months: readonly ScrubberMonth[]; onJump: (date: string) => void }) {
  return null;
}

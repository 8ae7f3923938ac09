// INTERIM (lead): until the scrubber helper's version lands.
export interface ScrubberMonth {
  month: string;
  count: number;
  start: number;
}

import { describe, expect, it } from 'vitest';
import { offsetMinutesAt } from './zone-offset.ts';

const at = (text: string) => {
  const [date, time] = text.split('T') as [string, string];
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute, second] = time.split(':').map(Number) as [number, number, number];
  return { year, month, day, hour, minute, second, microsecond: 0, offsetMinutes: null };
};

describe('offsetMinutesAt', () => {
  it.each([
    ['Europe/Lisbon', '2024-07-14T18:30:00', 60],
    ['Europe/Lisbon', '2024-01-14T18:30:00', 0],
    ['America/New_York', '2008-03-15T09:52:01', -240], // the week after the 2008 spring change
    ['America/New_York', '2008-03-08T09:52:01', -300],
    ['Asia/Kolkata', '2024-01-01T00:00:00', 330],
    ['Australia/Lord_Howe', '2024-01-01T12:00:00', 660], // half-hour summer time
    ['Australia/Lord_Howe', '2024-07-01T12:00:00', 630],
    ['Etc/GMT+10', '2024-07-01T12:00:00', -600], // nautical zones: the sign is POSIX's
    ['Europe/Lisbon', '2024-03-31T01:30:00', 0], // the skipped hour: the offset before the change
    ['Europe/Lisbon', '2024-10-27T01:30:00', 60], // the repeated hour: the summer one
  ])('%s at %s → %i min', (zone, wall, minutes) => {
    expect(offsetMinutesAt(zone, at(wall))).toBe(minutes);
  });

  it('is null for a zone ICU does not know', () => {
    expect(offsetMinutesAt('Mars/Olympus_Mons', at('2024-01-01T00:00:00'))).toBeNull();
  });
});

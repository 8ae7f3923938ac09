/**
 * The capture date written into a file's name, for files whose bytes carry none: phone cameras
 * (`IMG_20190704_183012`), chat apps that strip EXIF (WhatsApp, Signal, Telegram), screenshots,
 * Dropbox camera uploads. Pure: the name in, a wall-clock date (and time when the name has one)
 * out, or null.
 *
 * The patterns are the ones phone and desktop software write, gathered from what Immich-go,
 * PhotoPrism (`txt.DateFromFilePath`) and Ente (`parseEpochMicrosecondsFromFileName`) recognise.
 * Specific patterns come first; a generic `YYYY-MM-DD HH-MM-SS` / `YYYYMMDD_HHMMSS` catches the
 * rest. A match whose numbers are no real date (month 13, 31 February, hour 25), a year before
 * digital photos (before 1990) or a date in the future is no date: such a name is a counter or
 * an id, not a clock.
 */

/** A date read from a file name: the wall clock the software wrote, to the second. */
export interface FileNameDate {
  year: number;
  month: number;
  day: number;
  /** Null when the name holds only a date (`IMG-20190704-WA0003`). */
  time: { hour: number; minute: number; second: number } | null;
  /**
   * True when the software that names files this way writes UTC, not local time: Google's Pixel
   * camera (`PXL_…`) and iOS exports (`…_iOS`). Every other pattern is the device's local time.
   */
  utc: boolean;
  /** Which pattern matched (shown by the sources report; the table test lists every one). */
  pattern: FileNamePattern;
}

export type FileNamePattern =
  | 'android-camera'
  | 'pixel'
  | 'ios-utc'
  | 'whatsapp'
  | 'whatsapp-named'
  | 'mac-screenshot'
  | 'android-screenshot'
  | 'windows-screenshot'
  | 'signal'
  | 'telegram'
  | 'telegram-desktop'
  | 'dji'
  | 'dropbox'
  | 'generic-date-time'
  | 'generic-date';

interface Pattern {
  name: FileNamePattern;
  regex: RegExp;
  /** Group order of the captures: y m d, then H M S when the pattern has a time. */
  order: 'ymd' | 'dmy';
  utc?: boolean;
  /** The pattern's time is 12-hour with a trailing AM/PM group. */
  twelveHour?: boolean;
}

// `\u202f`: macOS Ventura and later put a narrow no-break space before AM/PM in screenshot names.
const SPACE = '[\\s\\u202f]';
const AMPM = `(?:${SPACE}?([AP]M))?`;

const PATTERNS: readonly Pattern[] = [
  // Google Pixel: PXL_20210101_123456789 (milliseconds glued on), in UTC.
  {
    name: 'pixel',
    regex: /^PXL_(\d{4})(\d{2})(\d{2})_(\d{2})(\d{2})(\d{2})\d{0,3}/i,
    order: 'ymd',
    utc: true,
  },
  // iOS exports without EXIF: 20170923_220934000_iOS, in UTC.
  {
    name: 'ios-utc',
    regex: /^(\d{4})(\d{2})(\d{2})_(\d{2})(\d{2})(\d{2})\d{3}_iOS/i,
    order: 'ymd',
    utc: true,
  },
  // WhatsApp on Android: IMG-20190704-WA0003, VID-…, date only.
  { name: 'whatsapp', regex: /^(?:IMG|VID|AUD|PTT|STK|DOC)-(\d{4})(\d{2})(\d{2})-WA\d+/i, order: 'ymd' },
  // WhatsApp on iOS and desktop: WhatsApp Image 2020-01-02 at 10.11.12 (PM).
  {
    name: 'whatsapp-named',
    regex: new RegExp(
      `^WhatsApp${SPACE}(?:Image|Video|Photo)${SPACE}(\\d{4})-(\\d{2})-(\\d{2})${SPACE}at${SPACE}(\\d{1,2})\\.(\\d{2})\\.(\\d{2})${AMPM}`,
      'i',
    ),
    order: 'ymd',
    twelveHour: true,
  },
  // Android cameras (and Samsung's bare form): IMG_20190704_183012, VID_…, PANO_…, IMG20190704183012.
  {
    name: 'android-camera',
    regex:
      /^(?:IMG|VID|PANO|MVIMG|BURST|LMC|MV)?[_-]?(\d{4})(\d{2})(\d{2})[_-]?(\d{2})(\d{2})(\d{2})(?:\d{3})?(?!\d)/i,
    order: 'ymd',
  },
  // macOS: Screenshot 2020-01-02 at 10.11.12, Screen Shot 2019-05-01 at 9.14.03 PM, Screen Recording …
  {
    name: 'mac-screenshot',
    regex: new RegExp(
      `^(?:Screenshot|Screen${SPACE}Shot|Screen${SPACE}Recording)${SPACE}(\\d{4})-(\\d{2})-(\\d{2})${SPACE}at${SPACE}(\\d{1,2})\\.(\\d{2})\\.(\\d{2})${AMPM}`,
      'i',
    ),
    order: 'ymd',
    twelveHour: true,
  },
  // Android: Screenshot_20200102-101112, Screenshot_2022-06-21-16-51-29-164_…, Screen_Recording_….
  {
    name: 'android-screenshot',
    regex: /^Screen(?:shot|_Recording)_(\d{4})-?(\d{2})-?(\d{2})-(\d{2})-?(\d{2})-?(\d{2})/i,
    order: 'ymd',
  },
  // Windows 11 Snipping Tool: Screenshot 2024-01-02 101112.
  {
    name: 'windows-screenshot',
    regex: /^Screenshot (\d{4})-(\d{2})-(\d{2}) (\d{2})(\d{2})(\d{2})(?!\d)/i,
    order: 'ymd',
  },
  // Signal: signal-2021-03-04-05-06-07-123 (Android), signal-2021-03-04-050607 (desktop).
  { name: 'signal', regex: /^signal-(\d{4})-(\d{2})-(\d{2})-(\d{2})-?(\d{2})-?(\d{2})/i, order: 'ymd' },
  // Telegram: photo_2021-03-04_05-06-07, video_…
  {
    name: 'telegram',
    regex: /^(?:photo|video)_(\d{4})-(\d{2})-(\d{2})_(\d{2})-(\d{2})-(\d{2})/i,
    order: 'ymd',
  },
  // Telegram Desktop: photo_123@04-03-2021_05-06-07 (day first).
  {
    name: 'telegram-desktop',
    regex: /^(?:photo|video)_\d+@(\d{2})-(\d{2})-(\d{4})_(\d{2})-(\d{2})-(\d{2})/i,
    order: 'dmy',
  },
  // DJI drones and action cameras since 2023: DJI_20230415123456_0001_D.
  { name: 'dji', regex: /^DJI_(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})_/i, order: 'ymd' },
  // Dropbox camera uploads: 2019-07-04 18.30.12 (and 2019-07-04 18.30.12-1 for a second file).
  { name: 'dropbox', regex: /^(\d{4})-(\d{2})-(\d{2}) (\d{2})\.(\d{2})\.(\d{2})(?!\d)/, order: 'ymd' },
  // Anything else with a whole date and time: telegram_2020_01_30_09_57_18, 2022-04-06 15-21-03,
  // InShot_20200102_101112. Not inside a longer run of digits (an id is no date).
  {
    name: 'generic-date-time',
    regex: /(?<!\d)(\d{4})[-_.]?(\d{2})[-_.]?(\d{2})[ _T-](\d{2})[-_.:]?(\d{2})[-_.:]?(\d{2})(?!\d)/,
    order: 'ymd',
  },
  // A date alone, only with separators (a bare 8-digit number is too often a counter): 2019-07-23.
  { name: 'generic-date', regex: /(?<!\d)(\d{4})([-_])(\d{2})\2(\d{2})(?!\d)/, order: 'ymd' },
];

const EARLIEST_YEAR = 1990;
// A name's clock can be up to 14 h ahead of UTC (Kiribati): "the future" starts a day from now.
const FUTURE_SLACK_MS = 24 * 3600_000;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The numbers of a match, in y m d H M S order, and the AM/PM marker if any. */
function partsOf(pattern: Pattern, match: RegExpExecArray): { numbers: number[]; meridiem?: string } {
  let groups = match.slice(1).filter((g): g is string => g !== undefined);
  if (pattern.name === 'generic-date') groups = [groups[0]!, groups[2]!, groups[3]!]; // drop the separator
  const meridiem = pattern.twelveHour && /^[AP]M$/i.test(groups.at(-1) ?? '') ? groups.pop() : undefined;
  const numbers = groups.map(Number);
  if (pattern.order === 'dmy') [numbers[0], numbers[2]] = [numbers[2]!, numbers[0]!];
  return { numbers, meridiem };
}

function to24Hour(hour: number, meridiem: string | undefined): number | null {
  if (meridiem === undefined) return hour;
  if (hour < 1 || hour > 12) return null;
  const pm = meridiem.toUpperCase() === 'PM';
  return (hour % 12) + (pm ? 12 : 0);
}

/** The date (and time) a file name holds, or null. `now` bounds "the future" (tests pass one). */
export function fileNameDateOf(fileName: string, now: Date = new Date()): FileNameDate | null {
  const base = fileName.split(/[\\/]/).pop()!.trim();
  for (const pattern of PATTERNS) {
    const match = pattern.regex.exec(base);
    if (!match) continue;
    const { numbers, meridiem } = partsOf(pattern, match);
    const [year, month, day, hour, minute, second] = numbers as [number, number, number, ...number[]];
    // A pattern that matched but holds no real date is a counter or an id: no date, and no
    // looser pattern gets a second try at the same digits.
    return checked({ year, month, day, hour, minute, second, meridiem }, pattern, now);
  }
  return null;
}

function checked(
  n: {
    year: number;
    month: number;
    day: number;
    hour?: number;
    minute?: number;
    second?: number;
    meridiem?: string;
  },
  pattern: Pattern,
  now: Date,
): FileNameDate | null {
  if (n.year < EARLIEST_YEAR || n.month < 1 || n.month > 12) return null;
  if (n.day < 1 || n.day > daysInMonth(n.year, n.month)) return null;
  let time: FileNameDate['time'] = null;
  if (n.hour !== undefined && n.minute !== undefined && n.second !== undefined) {
    const hour = to24Hour(n.hour, n.meridiem);
    if (hour === null || hour > 23 || n.minute > 59 || n.second > 59) return null;
    time = { hour, minute: n.minute, second: n.second };
  }
  const asUtc = Date.UTC(n.year, n.month - 1, n.day, time?.hour ?? 0, time?.minute ?? 0, time?.second ?? 0);
  if (asUtc > now.getTime() + FUTURE_SLACK_MS) return null;
  return { year: n.year, month: n.month, day: n.day, time, utc: pattern.utc === true, pattern: pattern.name };
}

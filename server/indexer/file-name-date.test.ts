import { describe, expect, it } from 'vitest';
import { fileNameDateOf, type FileNamePattern } from './file-name-date.ts';

const NOW = new Date('2026-12-02T04:00:00Z');

/** `2019-07-04 18:30:12`, `2019-07-04` (date only), with ` UTC` for names written in UTC. */
function shown(name: string): string | null {
  const date = fileNameDateOf(name, NOW);
  if (!date) return null;
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${date.year}-${pad(date.month)}-${pad(date.day)}`;
  const time = date.time ? ` ${pad(date.time.hour)}:${pad(date.time.minute)}:${pad(date.time.second)}` : '';
  return `${day}${time}${date.utc ? ' UTC' : ''}`;
}

// Every pattern the indexer knows, each with the names that made us add it.
const PATTERN_TABLE: [FileNamePattern, string, string][] = [
  ['android-camera', 'IMG_20190704_183012.jpg', '2019-07-04 18:30:12'],
  ['android-camera', 'VID_20190704_183012.mp4', '2019-07-04 18:30:12'],
  ['android-camera', 'IMG_20210921_144423_783.jpg', '2021-09-21 14:44:23'],
  ['android-camera', 'IMG_20190704_183012_HDR.jpg', '2019-07-04 18:30:12'],
  ['android-camera', 'PANO_20190704_183012.jpg', '2019-07-04 18:30:12'],
  ['android-camera', 'MVIMG_20190704_183012.jpg', '2019-07-04 18:30:12'],
  ['android-camera', '20190704_183012.jpg', '2019-07-04 18:30:12'],
  ['android-camera', '20190704_183012(0).jpg', '2019-07-04 18:30:12'],
  ['android-camera', 'IMG20210211125718.jpg', '2021-02-11 12:57:18'],
  ['pixel', 'PXL_20210101_123456789.jpg', '2021-01-01 12:34:56 UTC'],
  ['pixel', 'PXL_20241231_151646544.MP.jpg', '2024-12-31 15:16:46 UTC'],
  ['ios-utc', '20170923_220934000_iOS.jpg', '2017-09-23 22:09:34 UTC'],
  ['whatsapp', 'IMG-20190704-WA0003.jpg', '2019-07-04'],
  ['whatsapp', 'VID-20191120-WA0001.mp4', '2019-11-20'],
  ['whatsapp-named', 'WhatsApp Image 2020-01-02 at 10.11.12.jpeg', '2020-01-02 10:11:12'],
  ['whatsapp-named', 'WhatsApp Image 2020-01-02 at 10.11.12 PM.jpeg', '2020-01-02 22:11:12'],
  ['whatsapp-named', 'WhatsApp Video 2020-01-02 at 9.01.02 AM.mp4', '2020-01-02 09:01:02'],
  ['mac-screenshot', 'Screenshot 2020-01-02 at 10.11.12.png', '2020-01-02 10:11:12'],
  ['mac-screenshot', 'Screen Shot 2019-05-01 at 9.14.03 PM.png', '2019-05-01 21:14:03'],
  ['mac-screenshot', 'Screenshot 2023-11-05 at 12.00.01\u202fAM.png', '2023-11-05 00:00:01'],
  ['mac-screenshot', 'Screen Recording 2022-03-04 at 12.30.00 PM.mov', '2022-03-04 12:30:00'],
  ['android-screenshot', 'Screenshot_20200102-101112.png', '2020-01-02 10:11:12'],
  ['android-screenshot', 'Screenshot_20220807-195908_Firefox.jpg', '2022-08-07 19:59:08'],
  ['android-screenshot', 'Screenshot_2022-06-21-16-51-29-164_newFormat.heic', '2022-06-21 16:51:29'],
  ['android-screenshot', 'Screen_Recording_20200102-101112.mp4', '2020-01-02 10:11:12'],
  ['windows-screenshot', 'Screenshot 2024-01-02 101112.png', '2024-01-02 10:11:12'],
  ['signal', 'signal-2021-03-04-05-06-07-123.jpg', '2021-03-04 05:06:07'],
  ['signal', 'signal-2018-08-21-100217.jpg', '2018-08-21 10:02:17'],
  ['telegram', 'photo_2021-03-04_05-06-07.jpg', '2021-03-04 05:06:07'],
  ['telegram', 'video_2021-03-04_05-06-07.mp4', '2021-03-04 05:06:07'],
  ['telegram-desktop', 'photo_12@04-03-2021_05-06-07.jpg', '2021-03-04 05:06:07'],
  ['dji', 'DJI_20230415123456_0001_D.JPG', '2023-04-15 12:34:56'],
  ['dropbox', '2019-07-04 18.30.12.jpg', '2019-07-04 18:30:12'],
  ['dropbox', '2019-07-04 18.30.12-1.jpg', '2019-07-04 18:30:12'],
  ['generic-date-time', 'telegram_2020_01_30_09_57_18.jpg', '2020-01-30 09:57:18'],
  ['generic-date-time', '22-04-06 2022-04-06 15-21-03 2160.jpg', '2022-04-06 15:21:03'],
  ['generic-date-time', 'InShot_20200102_101112.mp4', '2020-01-02 10:11:12'],
  ['generic-date-time', 'holiday 2018-04-12T19-24-49.gif', '2018-04-12 19:24:49'],
  ['generic-date', '2019-07-23.jpg', '2019-07-23'],
  ['generic-date', 'Beach 2015_01_14 sunset.jpg', '2015-01-14'],
];

describe('fileNameDateOf', () => {
  it.each(PATTERN_TABLE)('%s: %s → %s', (pattern, name, expected) => {
    expect(shown(name)).toBe(expected);
    expect(fileNameDateOf(name, NOW)?.pattern).toBe(pattern);
  });

  it('reads the name only, not the folders above it', () => {
    expect(shown('2001-02-03/IMG_20190704_183012.jpg')).toBe('2019-07-04 18:30:12');
    expect(shown('2001-02-03/DSC_0001.jpg')).toBe(null);
  });

  it.each([
    ['no date at all', 'DSC_0001.JPG'],
    ['a camera counter', 'IMG_1234.HEIC'],
    ['a bare 8-digit number (a counter, not a date)', 'scan 20190704.jpg'],
    ['an id inside a longer run of digits', 'Snapchat-431959199.mp4'],
    ['month 13', 'IMG_20191304_183012.jpg'],
    ['day 0', 'IMG_20190700_183012.jpg'],
    ['31 February', 'IMG_20190231_120000.jpg'],
    ['hour 25', 'IMG_20190704_253012.jpg'],
    ['minute 60', 'Screenshot_20200102-106012.png'],
    ['13 PM', 'Screen Shot 2019-05-01 at 13.14.03 PM.png'],
    ['year 1900', 'IMG_19000101_120000.jpg'],
    ['before digital photos', '1989-12-31 23.59.59.jpg'],
    ['the future', 'IMG_20270101_120000.jpg'],
    ['a WhatsApp name with an impossible date', 'IMG-20191399-WA0001.jpg'],
  ])('%s: %s is no date', (_why, name) => {
    expect(fileNameDateOf(name, NOW)).toBeNull();
  });

  it('accepts today in a zone ahead of UTC, which is "tomorrow" in UTC', () => {
    expect(shown('IMG_20261202_130000.jpg')).toBe('2026-12-02 13:00:00');
  });

  it('takes 12 AM as midnight and 12 PM as noon', () => {
    expect(shown('Screen Shot 2019-05-01 at 12.00.00 AM.png')).toBe('2019-05-01 00:00:00');
    expect(shown('Screen Shot 2019-05-01 at 12.00.00 PM.png')).toBe('2019-05-01 12:00:00');
  });
});

import { describe, expect, it } from 'vitest';
import {
  isBrowserPlayable,
  parseCoordinates,
  videoCaptureTime,
  videoLocalDatetime,
  videoMetadataOf,
  videoMimeType,
  videoRotation,
} from './video-metadata.ts';

describe('videoLocalDatetime', () => {
  it.each([
    [
      'Apple CreationDate keeps its zone',
      { CreationDate: '2024:06:01 14:30:05+02:00', CreateDate: '2024:06:01 12:30:05' },
      '2024-06-01T14:30:05+02:00',
    ],
    [
      'a camera DateTimeOriginal without zone stays wall clock',
      { DateTimeOriginal: '2023:12:24 18:00:00', CreateDate: '2023:12:24 17:00:00' },
      '2023-12-24T18:00:00',
    ],
    ['QuickTime CreateDate is UTC', { CreateDate: '2024:06:01 12:30:05' }, '2024-06-01T12:30:05Z'],
    [
      'the media header date when the movie has none',
      { CreateDate: '0000:00:00 00:00:00', MediaCreateDate: '2022:01:02 03:04:05' },
      '2022-01-02T03:04:05Z',
    ],
    ['zeros are no date', { CreateDate: '0000:00:00 00:00:00' }, null],
    ['nothing at all', {}, null],
  ])('%s', (_, tags, expected) => {
    expect(videoLocalDatetime(tags)).toBe(expected);
  });
});

describe('parseCoordinates', () => {
  it.each([
    [
      'decimal pair with altitude (ExifTool -n)',
      '48.8584 2.2945 35.5',
      { latitude: 48.8584, longitude: 2.2945, altitude: 35.5 },
    ],
    [
      'ISO 6709 (Apple key, ©xyz)',
      '+35.6586+139.7454+012.000/',
      { latitude: 35.6586, longitude: 139.7454, altitude: 12 },
    ],
    [
      'ISO 6709 west and south, no altitude',
      '-33.8568-070.6483/',
      { latitude: -33.8568, longitude: -70.6483, altitude: null },
    ],
    ['0,0 is no position', '0 0', null],
    ['out of range', '95 10', null],
    ['junk', 'somewhere nice', null],
    ['absent', undefined, null],
  ])('%s', (_, value, expected) => {
    expect(parseCoordinates(value)).toEqual(expected);
  });
});

describe('videoRotation', () => {
  it.each([
    [90, 90],
    [-90, 270],
    [270, 270],
    [180, 180],
    [360, 0],
    [undefined, 0],
    ['junk', 0],
  ])('%s → %s', (value, expected) => {
    expect(videoRotation(value)).toBe(expected);
  });
});

describe('isBrowserPlayable', () => {
  it.each([
    ['video/mp4', 'avc1', 'mp4a', true],
    ['video/quicktime', 'avc1', null, true],
    ['video/x-m4v', 'avc3', 'mp4a', true],
    ['video/webm', null, null, true],
    ['video/quicktime', 'hvc1', 'mp4a', false],
    ['video/mp4', 'hev1', 'mp4a', false],
    ['video/mp4', 'avc1', 'ac-3', false],
    ['video/3gpp', 's263', 'mp4a', false],
    ['video/x-msvideo', 'fmp4', null, false],
    ['video/x-matroska', null, null, false],
  ])('%s %s %s → %s', (mime, video, audio, expected) => {
    expect(isBrowserPlayable(mime, video, audio)).toBe(expected);
  });
});

describe('videoMimeType', () => {
  it('takes ExifTool’s type, else the extension’s', () => {
    expect(videoMimeType({ MIMEType: 'video/quicktime' }, '.mp4')).toBe('video/quicktime');
    expect(videoMimeType({ MIMEType: 'application/octet-stream' }, '.MKV')).toBe('video/x-matroska');
    expect(videoMimeType({}, '.avi')).toBe('video/x-msvideo');
  });
});

describe('videoMetadataOf', () => {
  const iphone = {
    MIMEType: 'video/quicktime',
    ImageWidth: 1920,
    ImageHeight: 1080,
    Rotation: 90,
    Duration: 3.0333333,
    VideoFrameRate: 29.9700299,
    CompressorID: 'hvc1',
    AudioFormat: 'mp4a',
    CreationDate: '2024:06:01 14:30:05+02:00',
    GPSCoordinates: '+48.8584+002.2945+035.000/',
    ContentIdentifier: 'ABC-123',
    Make: 'Apple',
    Model: 'iPhone 15',
  };

  it('gives the displayed frame, duration, fps, place and the Live Photo identifier', () => {
    const metadata = videoMetadataOf(iphone, '.MOV');
    expect(metadata).toMatchObject({
      mimeType: 'video/quicktime',
      width: 1080,
      height: 1920,
      duration: 3.033,
      videoCodec: 'hvc1',
      browserPlayable: false,
      localDatetime: '2024-06-01T14:30:05+02:00',
      faces: [],
    });
    expect(metadata.exif).toMatchObject({
      make: 'Apple',
      model: 'iPhone 15',
      fps: 29.97,
      latitude: 48.8584,
      longitude: 2.2945,
      altitude: 35,
      live_photo_cid: 'ABC-123',
      original_datetime: '2024-06-01T14:30:05+02:00',
    });
  });

  it('leaves what the container does not say null', () => {
    const metadata = videoMetadataOf({ MIMEType: 'video/x-msvideo', Duration: 0 }, '.avi');
    expect(metadata).toMatchObject({ width: null, height: null, duration: null, localDatetime: null });
    expect(metadata.exif).toMatchObject({ fps: null, latitude: null, live_photo_cid: null });
  });
});

describe('videoCaptureTime', () => {
  it.each([
    [
      "Apple's creation date keeps the zone it was written with",
      { CreationDate: '2024:07:14 12:00:00+02:00', CreateDate: '2024:07:14 10:00:00' },
      'America/New_York',
      { localDatetime: '2024-07-14T12:00:00+02:00', zoneSource: 'camera' },
    ],
    [
      'a clock without offset gets the GPS zone on that date (summer)',
      { DateTimeOriginal: '2024:07:14 12:00:00' },
      'Europe/Paris',
      { localDatetime: '2024-07-14T12:00:00+02:00', zoneSource: 'gps' },
    ],
    [
      'a UTC instant (Android) becomes the wall clock of the GPS zone (winter)',
      { CreateDate: '2024:01:14 10:00:00' },
      'Europe/Paris',
      { localDatetime: '2024-01-14T11:00:00+01:00', zoneSource: 'gps' },
    ],
    [
      'across midnight and a negative offset',
      { CreateDate: '2024:07:14 02:30:00' },
      'America/Los_Angeles',
      { localDatetime: '2024-07-13T19:30:00-07:00', zoneSource: 'gps' },
    ],
    [
      'a UTC instant without GPS stays UTC, its zone unknown',
      { CreateDate: '2024:07:14 10:00:00' },
      null,
      { localDatetime: '2024-07-14T10:00:00Z', zoneSource: null },
    ],
    [
      'a clock without offset or GPS stays offsetless',
      { DateTimeOriginal: '2024:07:14 12:00:00' },
      null,
      { localDatetime: '2024-07-14T12:00:00', zoneSource: null },
    ],
    [
      'no date at all',
      { CreateDate: '0000:00:00 00:00:00' },
      'Europe/Paris',
      { localDatetime: null, zoneSource: null },
    ],
  ] as const)('%s', (_name, tags, zone, expected) => {
    expect(videoCaptureTime(tags, zone)).toEqual(expected);
  });
});

describe('a video with GPS but no place or zone written', () => {
  it('gets its zone from the position and its place from the geolocation ExifTool read', () => {
    const android = {
      MIMEType: 'video/mp4',
      ImageWidth: 1920,
      ImageHeight: 1080,
      Duration: 4,
      CreateDate: '2024:07:14 10:00:00',
      GPSCoordinates: '48.8584 2.2945',
      GeolocationCity: 'Paris',
      GeolocationRegion: 'Île-de-France',
      GeolocationCountry: 'France',
    };
    const metadata = videoMetadataOf(android, '.mp4');
    expect(metadata).toMatchObject({
      localDatetime: '2024-07-14T12:00:00+02:00',
      zoneSource: 'gps',
      gpsTimeZone: 'Europe/Paris',
      placeSource: 'gps',
    });
    expect(metadata.exif).toMatchObject({ city: 'Paris', state: 'Île-de-France', country: 'France' });
  });

  it('takes the position from the Composite tags when the container has no GPSCoordinates', () => {
    const metadata = videoMetadataOf({ Duration: 1, GPSLatitude: 35.6586, GPSLongitude: 139.7454 }, '.mp4');
    expect(metadata.gpsTimeZone).toBe('Asia/Tokyo');
    expect(metadata.exif).toMatchObject({ latitude: 35.6586, longitude: 139.7454, city: null });
    expect(metadata.placeSource).toBeNull();
  });
});

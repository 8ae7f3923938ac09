/**
 * Test data for the viewer: the real metadata of a real camera photo, so the panel is tested on
 * what a camera writes rather than on round numbers. Values read with exifr from
 * shared/photos/exif-samples/jpg/Canon_40D.jpg (exif-samples, an iguana's head, scaled by GIMP):
 *   Make 'Canon', Model 'Canon EOS 40D', ExposureTime 0.00625, FNumber 7.1, ISO 100,
 *   FocalLength 135, ExposureCompensation 0, DateTimeOriginal 2008:05:30 15:56:01 (no offset
 *   tags), ModifyDate 2008:07:31 10:38:11, Orientation 1, 100 × 68 px, 7958 bytes, no GPS, no lens.
 * The people and faces are invented: the photo has none.
 */
import type { Asset, Face, Person } from '../../contract/entities.ts';

const STAMP = '2026-01-02T23:47:18Z';
export const CANON_40D_FILE_SIZE = 7958;

export function makePerson(id: string, name: string | null, avatar?: string): Person {
  return {
    id,
    name,
    is_hidden: false,
    is_favorite: false,
    thumbnail_face_url: avatar ?? null,
    created_at: STAMP,
    updated_at: STAMP,
  };
}

export function makeFace(
  id: string,
  personId: string | null,
  box: { x: number; y: number; w: number; h: number },
): Face {
  return {
    id,
    asset_id: 'asset_Canon40D0000000000000000',
    person_id: personId,
    bounding_box: box,
    created_at: STAMP,
    updated_at: STAMP,
  };
}

export function canon40dAsset(overrides: Partial<Asset> = {}): Asset {
  return {
    id: 'asset_Canon40D0000000000000000',
    device_asset_id: 'exif-samples/jpg/Canon_40D.jpg',
    device_id: 'contact-sheet',
    mime_type: 'image/jpeg',
    original_file_name: 'Canon_40D.jpg',
    file_created_at: '2008-07-31T10:38:11Z',
    file_modified_at: '2008-07-31T10:38:11Z',
    // The file has no OffsetTime* tags, so the local server sends the wall clock with no offset.
    local_datetime: '2008-05-30T15:56:01',
    checksum: 'cmVhbC1jaGVja3N1bS1ub3QtbmVlZGVkLWhlcmU=',
    width: 100,
    height: 68,
    exif: {
      make: 'Canon',
      model: 'Canon EOS 40D',
      orientation: 1,
      modified_datetime: '2008-07-31T10:38:11',
      original_datetime: '2008-05-30T15:56:01',
      digitized_datetime: '2008-05-30T15:56:01',
      lens_model: null,
      f_number: 7.1,
      focal_length: 135,
      iso: 100,
      exposure_time: 0.00625,
      exposure_bias: 0,
      latitude: null,
      longitude: null,
      altitude: null,
      city: null,
      state: null,
      country: null,
      description: null,
      rating: null,
    },
    faces: [],
    people: [],
    created_at: STAMP,
    updated_at: STAMP,
    ...overrides,
  };
}

/**
 * The fixed cast of the synthetic library: people, cameras and places. Plain data, so the
 * generator's distributions read as a table.
 */

/** 40 people. The generator gives them Zipf weights in this order: the first few are family. */
export const PEOPLE = [
  'Ana Ferreira',
  'Rui Costa',
  'Inês Costa',
  'Tomás Costa',
  'Maria Ferreira',
  'João Ferreira',
  'Mei Tanaka',
  'Tom Becker',
  'Priya Nair',
  'Jonas Weber',
  'Sofia Almeida',
  'Lucas Martins',
  'Beatriz Sousa',
  'Diogo Pereira',
  'Carla Mendes',
  'Hugo Ribeiro',
  'Leonor Santos',
  'Pedro Gomes',
  'Marta Lopes',
  'Nuno Carvalho',
  'Olga Ivanova',
  'Kwame Mensah',
  'Aiko Sato',
  'Liam O’Brien',
  'Chloé Dubois',
  'Mateo García',
  'Freya Lind',
  'Omar Haddad',
  'Zoe Papadopoulos',
  'Emil Novak',
  'Hana Kim',
  'Yusuf Demir',
  'Laila Rahimi',
  'Arjun Mehta',
  'Greta Rossi',
  'Ola Nordmann',
  'Tiago Rocha',
  'Rita Figueiredo',
  'Vasco Pinto',
  'Clara Nunes',
] as const;

export interface Camera {
  make: string;
  model: string;
  lenses: readonly string[];
  /** Years the camera was in use (inclusive). */
  from: number;
  to: number;
  weight: number;
  width: number;
  height: number;
  mime: 'image/jpeg' | 'image/heic';
  /** File name of shot number n taken at a wall-clock time. */
  fileName: (n: number, wall: string) => string;
  /** Does it write OffsetTimeOriginal? (Older DSLRs don't: their local_datetime has no offset.) */
  writesOffset: boolean;
  gps: number;
  portrait: number;
  focal: readonly [number, number];
  apertures: readonly number[];
  megabytes: readonly [number, number];
}

const seq =
  (prefix: string, ext: string, digits = 4) =>
  (n: number) =>
    `${prefix}${String(n % 10 ** digits).padStart(digits, '0')}${ext}`;
const stamp = (wall: string) => wall.slice(0, 19).replace(/[-:]/g, '').replace('T', '_');

export const CAMERAS: readonly Camera[] = [
  {
    make: 'Canon',
    model: 'Canon EOS 400D DIGITAL',
    lenses: ['EF-S18-55mm f/3.5-5.6', 'EF50mm f/1.8 II'],
    from: 2005,
    to: 2010,
    weight: 3,
    width: 3888,
    height: 2592,
    mime: 'image/jpeg',
    fileName: seq('IMG_', '.JPG'),
    writesOffset: false,
    gps: 0,
    portrait: 0.15,
    focal: [18, 55],
    apertures: [3.5, 4, 5.6, 8, 1.8],
    megabytes: [2.5, 5],
  },
  {
    make: 'NIKON CORPORATION',
    model: 'NIKON D7000',
    lenses: ['AF-S DX NIKKOR 18-105mm f/3.5-5.6G ED VR', 'AF-S NIKKOR 35mm f/1.8G'],
    from: 2010,
    to: 2016,
    weight: 3,
    width: 4928,
    height: 3264,
    mime: 'image/jpeg',
    fileName: seq('DSC_', '.JPG'),
    writesOffset: false,
    gps: 0.05,
    portrait: 0.2,
    focal: [18, 105],
    apertures: [3.5, 5.6, 8, 11, 1.8],
    megabytes: [4, 9],
  },
  {
    make: 'Apple',
    model: 'iPhone 4S',
    lenses: ['iPhone 4S back camera 4.28mm f/2.4'],
    from: 2011,
    to: 2014,
    weight: 2,
    width: 3264,
    height: 2448,
    mime: 'image/jpeg',
    fileName: seq('IMG_', '.JPG'),
    writesOffset: false,
    gps: 0.9,
    portrait: 0.35,
    focal: [4.28, 4.28],
    apertures: [2.4],
    megabytes: [1.5, 3],
  },
  {
    make: 'Apple',
    model: 'iPhone 8',
    lenses: ['iPhone 8 back camera 3.99mm f/1.8'],
    from: 2017,
    to: 2020,
    weight: 4,
    width: 4032,
    height: 3024,
    mime: 'image/heic',
    fileName: seq('IMG_', '.HEIC'),
    writesOffset: true,
    gps: 0.92,
    portrait: 0.4,
    focal: [3.99, 3.99],
    apertures: [1.8],
    megabytes: [1.2, 3],
  },
  {
    make: 'Apple',
    model: 'iPhone 13 Pro',
    lenses: ['iPhone 13 Pro back triple camera 5.7mm f/1.5', 'iPhone 13 Pro back triple camera 1.57mm f/1.8'],
    from: 2021,
    to: 2025,
    weight: 5,
    width: 4032,
    height: 3024,
    mime: 'image/heic',
    fileName: seq('IMG_', '.HEIC'),
    writesOffset: true,
    gps: 0.95,
    portrait: 0.45,
    focal: [1.57, 9],
    apertures: [1.5, 1.8, 2.8],
    megabytes: [1.5, 4],
  },
  {
    make: 'samsung',
    model: 'SM-G960F',
    lenses: [''],
    from: 2018,
    to: 2021,
    weight: 2,
    width: 4032,
    height: 3024,
    mime: 'image/jpeg',
    fileName: (_n, wall) => `${stamp(wall)}.jpg`,
    writesOffset: true,
    gps: 0.85,
    portrait: 0.35,
    focal: [4.3, 4.3],
    apertures: [1.5, 2.4],
    megabytes: [2, 5],
  },
  {
    make: 'Google',
    model: 'Pixel 7',
    lenses: ['Pixel 7 back camera 6.81mm f/1.85'],
    from: 2022,
    to: 2025,
    weight: 2,
    width: 4080,
    height: 3072,
    mime: 'image/jpeg',
    fileName: (n, wall) => `PXL_${stamp(wall)}${String(n % 1000).padStart(3, '0')}.jpg`,
    writesOffset: true,
    gps: 0.9,
    portrait: 0.4,
    focal: [6.81, 6.81],
    apertures: [1.85],
    megabytes: [2, 5],
  },
  {
    make: 'FUJIFILM',
    model: 'X-T3',
    lenses: ['XF16-55mmF2.8 R LM WR', 'XF35mmF1.4 R'],
    from: 2018,
    to: 2025,
    weight: 2,
    width: 6240,
    height: 4160,
    mime: 'image/jpeg',
    fileName: seq('DSCF', '.JPG'),
    writesOffset: true,
    gps: 0.1,
    portrait: 0.2,
    focal: [16, 55],
    apertures: [1.4, 2.8, 4, 5.6, 8],
    megabytes: [8, 16],
  },
  {
    make: 'SONY',
    model: 'ILCE-7M3',
    lenses: ['FE 24-105mm F4 G OSS', 'FE 85mm F1.8'],
    from: 2019,
    to: 2025,
    weight: 1.5,
    width: 6000,
    height: 4000,
    mime: 'image/jpeg',
    fileName: seq('DSC', '.JPG', 5),
    writesOffset: true,
    gps: 0.05,
    portrait: 0.25,
    focal: [24, 105],
    apertures: [1.8, 4, 5.6, 8],
    megabytes: [7, 14],
  },
];

export interface Place {
  city: string;
  state: string | null;
  country: string;
  latitude: number;
  longitude: number;
  /** Offset from UTC in minutes (summer time ignored abroad; home follows its own rule). */
  offset: number;
}

export const HOME: Place = {
  city: 'Lisbon',
  state: 'Lisboa',
  country: 'Portugal',
  latitude: 38.7223,
  longitude: -9.1393,
  offset: 0,
};

export const DESTINATIONS: readonly Place[] = [
  { city: 'Porto', state: 'Porto', country: 'Portugal', latitude: 41.1579, longitude: -8.6291, offset: 0 },
  { city: 'Lagos', state: 'Faro', country: 'Portugal', latitude: 37.1028, longitude: -8.6731, offset: 0 },
  {
    city: 'Funchal',
    state: 'Madeira',
    country: 'Portugal',
    latitude: 32.6669,
    longitude: -16.9241,
    offset: 0,
  },
  {
    city: 'Madrid',
    state: 'Comunidad de Madrid',
    country: 'Spain',
    latitude: 40.4168,
    longitude: -3.7038,
    offset: 60,
  },
  {
    city: 'Barcelona',
    state: 'Catalonia',
    country: 'Spain',
    latitude: 41.3874,
    longitude: 2.1686,
    offset: 60,
  },
  {
    city: 'Paris',
    state: 'Île-de-France',
    country: 'France',
    latitude: 48.8566,
    longitude: 2.3522,
    offset: 60,
  },
  { city: 'Berlin', state: 'Berlin', country: 'Germany', latitude: 52.52, longitude: 13.405, offset: 60 },
  { city: 'Rome', state: 'Lazio', country: 'Italy', latitude: 41.9028, longitude: 12.4964, offset: 60 },
  { city: 'Reykjavík', state: null, country: 'Iceland', latitude: 64.1466, longitude: -21.9426, offset: 0 },
  { city: 'Athens', state: 'Attica', country: 'Greece', latitude: 37.9838, longitude: 23.7275, offset: 120 },
  {
    city: 'Istanbul',
    state: 'Istanbul',
    country: 'Türkiye',
    latitude: 41.0082,
    longitude: 28.9784,
    offset: 180,
  },
  {
    city: 'Marrakesh',
    state: 'Marrakesh-Safi',
    country: 'Morocco',
    latitude: 31.6295,
    longitude: -7.9811,
    offset: 60,
  },
  {
    city: 'Cape Town',
    state: 'Western Cape',
    country: 'South Africa',
    latitude: -33.9249,
    longitude: 18.4241,
    offset: 120,
  },
  {
    city: 'New York',
    state: 'New York',
    country: 'United States',
    latitude: 40.7128,
    longitude: -74.006,
    offset: -300,
  },
  {
    city: 'San Francisco',
    state: 'California',
    country: 'United States',
    latitude: 37.7749,
    longitude: -122.4194,
    offset: -480,
  },
  {
    city: 'Mexico City',
    state: 'CDMX',
    country: 'Mexico',
    latitude: 19.4326,
    longitude: -99.1332,
    offset: -360,
  },
  {
    city: 'Rio de Janeiro',
    state: 'Rio de Janeiro',
    country: 'Brazil',
    latitude: -22.9068,
    longitude: -43.1729,
    offset: -180,
  },
  { city: 'Tokyo', state: 'Tokyo', country: 'Japan', latitude: 35.6762, longitude: 139.6503, offset: 540 },
  { city: 'Kyoto', state: 'Kyoto', country: 'Japan', latitude: 35.0116, longitude: 135.7681, offset: 540 },
  {
    city: 'Bangkok',
    state: 'Bangkok',
    country: 'Thailand',
    latitude: 13.7563,
    longitude: 100.5018,
    offset: 420,
  },
  {
    city: 'Kathmandu',
    state: 'Bagmati',
    country: 'Nepal',
    latitude: 27.7172,
    longitude: 85.324,
    offset: 345,
  },
  {
    city: 'Mumbai',
    state: 'Maharashtra',
    country: 'India',
    latitude: 19.076,
    longitude: 72.8777,
    offset: 330,
  },
  {
    city: 'Sydney',
    state: 'New South Wales',
    country: 'Australia',
    latitude: -33.8688,
    longitude: 151.2093,
    offset: 600,
  },
  {
    city: 'Queenstown',
    state: 'Otago',
    country: 'New Zealand',
    latitude: -45.0312,
    longitude: 168.6626,
    offset: 720,
  },
];

/** Home's wall-clock offset on a day: Western European Time, summer time late March to late October. */
export function homeOffset(month: number, day: number): number {
  const summer = (month > 3 || (month === 3 && day >= 25)) && (month < 10 || (month === 10 && day < 25));
  return summer ? 60 : 0;
}

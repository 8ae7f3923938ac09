import { describe, expect, it } from 'vitest';
import { ID_ALPHABET } from './constants.ts';
import {
  AlbumListQuery,
  AssetCountsQuery,
  AssetListQuery,
  AssetQuery,
  FaceListQuery,
  GeoClustersQuery,
  PersonListQuery,
} from './queries-2026.ts';

/** The `n`th id of a kind: 22 characters of the id alphabet. */
const idOf = (prefix: string, n: number) =>
  `${prefix}_${ID_ALPHABET[n % ID_ALPHABET.length]!.repeat(21)}${ID_ALPHABET[Math.floor(n / ID_ALPHABET.length)]!}`;
const person = (n: number) => idOf('person', n);
const asset = (n: number) => idOf('asset', n);
const ALBUM = `album_${'A'.repeat(22)}`;

/** The `loc` names of the issues, as a 422 would list them. */
const refused = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  result.success ? [] : result.error!.issues.map((issue) => String(issue.path[0]));

describe('GET /api/assets (2026)', () => {
  it('gives the documented defaults', () => {
    expect(AssetListQuery.parse({})).toEqual({
      album_filter: 'all',
      state: 'live',
      order: 'desc',
      limit: 20,
    });
  });

  it.each([
    ['comma-joined', { person_ids: `${person(3)},${person(4)}` }],
    ['repeated', { person_ids: [person(3), person(4)] }],
    ['repeated and comma-joined', { person_ids: [`${person(3)},`, person(4)] }],
  ])('reads person_ids %s', (_name, query) => {
    expect(AssetListQuery.parse(query).person_ids).toEqual([person(3), person(4)]);
  });

  it('reads every documented filter', () => {
    const query = AssetListQuery.parse({
      album_id: ALBUM,
      local_datetime_after: '2024-06-01T00:00:00',
      local_datetime_before: '2024-07-01T00:00:00+02:00',
      order: 'asc',
      media_type: 'video',
      ids: `${asset(5)},${asset(6)}`,
      bbox: '170,-10,-170,10.5',
      stack_id: 'asset_stack_abc',
      state: 'all',
      include: 'metadata,faces',
      limit: '200',
    });
    expect(query).toMatchObject({
      bbox: [170, -10, -170, 10.5],
      ids: [asset(5), asset(6)],
      include: ['metadata', 'faces'],
      limit: 200,
    });
    expect(AssetListQuery.parse({ center: '-9.14,38.7', radius: '500' })).toMatchObject({
      center: [-9.14, 38.7],
      radius: 500,
    });
  });

  it.each([
    ['limit above 200', { limit: '201' }, ['limit']],
    ['limit 0', { limit: '0' }, ['limit']],
    ['an unknown include', { include: 'metadata,thumbnails' }, ['include']],
    [
      '201 people',
      { person_ids: Array.from({ length: 201 }, (_, i) => person(i)).join(',') },
      ['person_ids'],
    ],
    ['a person id of the wrong kind', { person_ids: asset(1) }, ['person_ids']],
    ['person_id and person_ids', { person_id: person(1), person_ids: person(2) }, ['person_id']],
    ['album_filter with album_id', { album_id: ALBUM, album_filter: 'not_in_album' }, ['album_filter']],
    ['a bbox of three numbers', { bbox: '1,2,3' }, ['bbox']],
    ['a bbox with south above north', { bbox: '0,10,1,5' }, ['bbox']],
    ['bbox and center', { bbox: '0,0,1,1', center: '0,0', radius: '10' }, ['bbox']],
    ['center without radius', { center: '0,0' }, ['radius']],
    ['a radius over 50 km', { center: '0,0', radius: '50001' }, ['radius']],
    ['radius 0', { center: '0,0', radius: '0' }, ['radius']],
    ['an unknown order', { order: 'newest' }, ['order']],
    ['an unknown media_type', { media_type: 'audio' }, ['media_type']],
    ['an unknown state', { state: 'deleted' }, ['state']],
    ['a date that is not one', { local_datetime_after: 'yesterday' }, ['local_datetime_after']],
    ['a stack id of another kind', { stack_id: asset(1) }, ['stack_id']],
  ])('refuses %s', (_name, query, locs) => {
    expect(refused(AssetListQuery.safeParse(query))).toEqual(locs);
  });

  it('a single asset takes include too', () => {
    expect(AssetQuery.parse({ include: ['variants', 'file_data'] }).include).toEqual([
      'variants',
      'file_data',
    ]);
    expect(refused(AssetQuery.safeParse({ include: 'exif' }))).toEqual(['include']);
  });
});

describe('counts and geo-clusters', () => {
  it('counts group by month, and nothing else', () => {
    expect(AssetCountsQuery.parse({ person_ids: person(1) })).toMatchObject({
      group_by: 'month',
      limit: 20,
      person_ids: [person(1)],
    });
    expect(refused(AssetCountsQuery.safeParse({ group_by: 'day' }))).toEqual(['group_by']);
    expect(refused(AssetCountsQuery.safeParse({ limit: '500' }))).toEqual(['limit']);
  });

  it('geo-clusters need a bbox and a cell size of at least 0.0001°', () => {
    expect(GeoClustersQuery.parse({ bbox: '-10,35,5,45', cell_size: '0.5' })).toMatchObject({
      bbox: [-10, 35, 5, 45],
      cell_size: 0.5,
    });
    expect(refused(GeoClustersQuery.safeParse({ cell_size: '0.5' }))).toEqual(['bbox']);
    expect(refused(GeoClustersQuery.safeParse({ bbox: '-10,35,5,45', cell_size: '0.00001' }))).toEqual([
      'cell_size',
    ]);
  });
});

describe('albums, people and faces (2026)', () => {
  it('take ids lists and the 2026 limit', () => {
    expect(AlbumListQuery.parse({ ids: ALBUM })).toEqual({ ids: [ALBUM], limit: 20 });
    expect(FaceListQuery.parse({ person_id: person(1), ids: [] })).toEqual({
      person_id: person(1),
      ids: [],
      limit: 20,
    });
    expect(refused(FaceListQuery.safeParse({ limit: '1000' }))).toEqual(['limit']);
  });

  it('people: name_filter and sort from the documented values', () => {
    expect(
      PersonListQuery.parse({ name_filter: 'all', sort: 'asset_count_desc', name: 'Ana' }),
    ).toMatchObject({ name_filter: 'all', sort: 'asset_count_desc' });
    expect(refused(PersonListQuery.safeParse({ name_filter: 'some' }))).toEqual(['name_filter']);
    expect(refused(PersonListQuery.safeParse({ sort: 'random' }))).toEqual(['sort']);
  });
});

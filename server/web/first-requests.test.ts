import { describe, expect, it } from 'vitest';
import { firstRequests, monthBounds, showsTimeline } from './first-requests.ts';

describe('monthBounds', () => {
  it.each([
    ['2024-06', { after: '2024-05-31T23:59:59.999', before: '2024-07-01T00:00:00' }],
    ['2024-12', { after: '2024-11-30T23:59:59.999', before: '2025-01-01T00:00:00' }],
    ['2024-03', { after: '2024-02-29T23:59:59.999', before: '2024-04-01T00:00:00' }],
    ['2024-01-01T00:00:00', { after: '2023-12-31T23:59:59.999', before: '2024-02-01T00:00:00' }],
    ['June', null],
  ] as const)('%s', (month, bounds) => {
    expect(monthBounds(month)).toEqual(bounds);
  });
});

describe('firstRequests', () => {
  it('names the timeline only where the page shows it', () => {
    expect(showsTimeline('/', {})).toBe(true);
    expect(showsTimeline('/map', {})).toBe(false);
    expect(showsTimeline('/', { bbox: '1,2,3,4' })).toBe(false);
    const map = firstRequests('/map', new URLSearchParams(), '2024-06');
    expect(map).toEqual([
      '/api/assets/counts?group_by=month&limit=1',
      '/api/assets/geo-clusters?bbox=0%2C0%2C0.0001%2C0.0001&cell_size=1',
      '/api/libraries',
      '/api/albums?limit=50',
      '/api/people?limit=50',
    ]);
  });

  it('puts the filter into each list in the order the gallery writes it, and skips blank values', () => {
    const search = new URLSearchParams('person=p 1&library=lib&album=');
    const urls = firstRequests('/', search, null);
    expect(urls).toEqual([
      '/api/people/p%201',
      '/api/assets/counts?group_by=month&library_id=lib&person_id=p+1&limit=200',
      '/api/assets/counts?group_by=month&limit=1',
      '/api/assets/geo-clusters?bbox=0%2C0%2C0.0001%2C0.0001&cell_size=1',
      '/api/libraries',
      '/api/albums?library_id=lib&person_id=p+1&limit=50',
      '/api/people?library_id=lib&limit=50',
      '/api/people?ids=p+1&library_id=lib&limit=1',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import * as api2025 from '../../contract/entities.ts';
import * as api2026 from '../../contract/entities-2026.ts';
import { parseItem, reportOnce, type ShapeProblem } from './shape-2026-parse.ts';

const dates = { created_at: 'c', updated_at: 'u' };

describe('parseItem', () => {
  it('takes the first schema that parses the item whole, and reports nothing', () => {
    const problems: ShapeProblem[] = [];
    const album2025 = { id: 'album_1', name: 'Trip', ...dates };
    // No asset_count: not a 2026 album, but a 2025 one.
    expect(parseItem('album', album2025, [api2026.Album, api2025.Album], (p) => problems.push(p))).toEqual(
      album2025,
    );
    expect(problems).toEqual([]);
  });

  it('keeps the fields that parse on their own when the item is refused, and says which were not', () => {
    const problems: ShapeProblem[] = [];
    const face = {
      id: 'face_1',
      asset_id: 'asset_1',
      bounding_box: { x: 1 },
      confidence: 'high',
      source: 'manual',
      ...dates,
    };
    const kept = parseItem('face', face, [api2026.Face], (p) => problems.push(p));
    expect(kept).toEqual({ id: 'face_1', asset_id: 'asset_1', source: 'manual', ...dates });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ resource: 'face', id: 'face_1' });
    expect(problems[0]!.issues.map((issue) => issue.path)).toEqual([
      'bounding_box.y',
      'bounding_box.w',
      'bounding_box.h',
      'confidence',
    ]);
  });

  it.each([
    ['null', null],
    ['a string', 'asset_1'],
    ['an array', [{ id: 'asset_1' }]],
  ])('gives an empty item for %s', (_name, raw) => {
    expect(parseItem('asset', raw, [api2026.Asset])).toEqual({});
  });
});

describe('reportOnce', () => {
  const problem = (id: string, ...paths: string[]): ShapeProblem => ({
    resource: 'asset',
    id,
    issues: paths.map((path) => ({ path, message: 'Invalid input' })),
  });

  it('hands each distinct problem to onError once, naming the item and the fields', () => {
    const errors: unknown[] = [];
    const report = reportOnce((error) => errors.push(error));
    report(problem('asset_1', 'kind'));
    report(problem('asset_2', 'kind'));
    report(problem('asset_3', 'kind', 'width'));
    expect(errors.map((error) => (error as Error).message)).toEqual([
      'Upstream asset asset_1 does not match its schema (kind: Invalid input); adapted from the fields that parse',
      'Upstream asset asset_3 does not match its schema (kind: Invalid input; width: Invalid input); adapted from the fields that parse',
    ]);
  });

  it('is quiet without onError', () => {
    expect(() => reportOnce()(problem('asset_1', 'kind'))).not.toThrow();
  });
});

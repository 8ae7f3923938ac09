import { describe, expect, it } from 'vitest';
import type { Face, Person } from '../../contract/entities.ts';
import { faceBoxCss, faceBoxStyle, faceName } from './face-boxes.ts';

describe('faceBoxStyle', () => {
  it.each([
    // box, image size, expected percentages
    [{ x: 100, y: 50, w: 200, h: 100 }, 1000, 500, { left: 10, top: 10, width: 20, height: 20 }],
    [{ x: 0, y: 0, w: 6000, h: 4000 }, 6000, 4000, { left: 0, top: 0, width: 100, height: 100 }],
    [{ x: 1, y: 1, w: 1, h: 1 }, 3, 3, { left: 33.3333, top: 33.3333, width: 33.3333, height: 33.3333 }],
    // Portrait after EXIF rotation: the box is in displayed pixels, so height divides by 4032.
    [{ x: 756, y: 1008, w: 1512, h: 1008 }, 3024, 4032, { left: 25, top: 25, width: 50, height: 25 }],
    // Past the right and bottom edges: only the visible part is kept.
    [{ x: 900, y: 400, w: 200, h: 200 }, 1000, 500, { left: 90, top: 80, width: 10, height: 20 }],
    // Past the left and top edges.
    [{ x: -50, y: -50, w: 150, h: 100 }, 1000, 500, { left: 0, top: 0, width: 10, height: 10 }],
  ])('%j on %s×%s → %j', (box, w, h, expected) => {
    expect(faceBoxStyle(box, w, h)).toEqual(expected);
  });

  it.each([
    ['zero width image', { x: 0, y: 0, w: 10, h: 10 }, 0, 100],
    ['NaN image size', { x: 0, y: 0, w: 10, h: 10 }, Number.NaN, 100],
    ['box entirely outside', { x: 2000, y: 0, w: 10, h: 10 }, 1000, 500],
    ['empty box', { x: 10, y: 10, w: 0, h: 10 }, 1000, 500],
    ['NaN in box', { x: Number.NaN, y: 10, w: 10, h: 10 }, 1000, 500],
  ])('null for %s', (_, box, w, h) => {
    expect(faceBoxStyle(box, w, h)).toBeNull();
  });

  it('gives CSS percentages', () => {
    expect(faceBoxCss({ left: 10, top: 12.5, width: 20, height: 0.25 })).toEqual({
      left: '10%',
      top: '12.5%',
      width: '20%',
      height: '0.25%',
    });
  });
});

describe('faceName', () => {
  const stamp = '2024-01-01T00:00:00Z';
  const person = (id: string, name: string | null): Person => ({
    id,
    name,
    is_hidden: false,
    is_favorite: false,
    created_at: stamp,
    updated_at: stamp,
  });
  const face = (personId: string | null): Face => ({
    id: 'face_1',
    asset_id: 'asset_1',
    person_id: personId,
    bounding_box: { x: 0, y: 0, w: 1, h: 1 },
    created_at: stamp,
    updated_at: stamp,
  });
  const people = new Map([
    ['person_ana', person('person_ana', ' Ana Ferreira ')],
    ['person_blank', person('person_blank', '')],
    ['person_null', person('person_null', null)],
  ]);

  it.each([
    ['a named person', 'person_ana', 'Ana Ferreira'],
    ['a person with an empty name', 'person_blank', null],
    ['a person with no name', 'person_null', null],
    ['a person not in the list', 'person_other', null],
    ['no person', null, null],
  ])('%s', (_, personId, expected) => expect(faceName(face(personId), people)).toBe(expected));
});

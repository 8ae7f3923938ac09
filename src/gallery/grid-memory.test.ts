import { describe, expect, it } from 'vitest';
import { createGridMemory } from './grid-memory.ts';

function fakeStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
  };
}

describe('gridMemory', () => {
  it('remembers per view and merges patches', () => {
    const memory = createGridMemory(fakeStorage(), 0);
    memory.remember('?album=a', { offset: 1200 });
    memory.remember('?album=a', { focusedAssetId: 'asset_1' });
    memory.remember('?', { offset: 40 });
    expect(memory.recall('?album=a')).toEqual({ offset: 1200, focusedAssetId: 'asset_1' });
    expect(memory.recall('?')).toEqual({ offset: 40, focusedAssetId: null });
    expect(memory.recall('?person=p')).toBeNull();
  });

  it('survives a reload through storage', () => {
    const storage = fakeStorage();
    createGridMemory(storage, 0).remember('?', { offset: 900, focusedAssetId: 'asset_9' });
    expect(createGridMemory(storage, 0).recall('?')).toEqual({ offset: 900, focusedAssetId: 'asset_9' });
  });

  it.each([['not json'], ['{"offset":"x"}'], ['null'], ['{"offset":-5}']])(
    'ignores or clamps stored %s',
    (raw) => {
      const memory = createGridMemory(fakeStorage({ 'contact-sheet:grid:?': raw }), 0);
      const place = memory.recall('?');
      expect(place === null || place.offset === 0).toBe(true);
    },
  );

  it('works without storage and when storage throws', () => {
    const throwing = {
      getItem: () => {
        throw new Error('blocked');
      },
      setItem: () => {
        throw new Error('full');
      },
    };
    for (const storage of [null, throwing]) {
      const memory = createGridMemory(storage, 0);
      memory.remember('?', { offset: 5 });
      expect(memory.recall('?')?.offset).toBe(5);
    }
  });
});

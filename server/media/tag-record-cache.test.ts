import { describe, expect, it } from 'vitest';
import { TagRecordCache } from './tag-record-cache.ts';
import type { TagRecord } from './tag-record-reader.ts';

const record = (label: string, padding = 0): TagRecord => ({
  reader: 'ExifTool 13.59',
  sidecar_file_name: null,
  tag_count: 1,
  groups: [
    {
      id: 'EXIF:IFD0',
      label,
      tags: [{ name: 'Make', description: 'Make', value: 'x'.repeat(padding), raw: null }],
    },
  ],
});

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
/** A read that answers at once. */
const kept = (value: TagRecord) => () => Promise.resolve(value);

describe('TagRecordCache', () => {
  it('reads a key once, also for callers asking while the read is in flight', async () => {
    const cache = new TagRecordCache();
    let reads = 0;
    const read = async () => {
      reads += 1;
      await settle();
      return record('a');
    };
    const [first, second] = await Promise.all([cache.get('a', read), cache.get('a', read)]);
    expect(await cache.get('a', read)).toBe(first);
    expect(second).toBe(first);
    expect(reads).toBe(1);
  });

  it('forgets a failed read, so the next ask tries again', async () => {
    const cache = new TagRecordCache();
    await expect(cache.get('a', () => Promise.reject(new Error('gone')))).rejects.toThrow('gone');
    await settle();
    expect(cache.size).toBe(0);
    expect((await cache.get('a', kept(record('again')))).groups[0]?.label).toBe('again');
  });

  it('stays within its byte budget, dropping the least recently used record first', async () => {
    const one = JSON.stringify(record('a', 1000)).length;
    const cache = new TagRecordCache(one * 2.5);
    await cache.get('a', kept(record('a', 1000)));
    await cache.get('b', kept(record('b', 1000)));
    await cache.get('a', kept(record('never read')));
    await cache.get('c', kept(record('c', 1000)));
    await settle();
    expect(cache.size).toBe(2);
    let reread = false;
    await cache.get('b', () => {
      reread = true;
      return Promise.resolve(record('b', 1000));
    });
    expect(reread).toBe(true);
    // Reading b again pushed out a, the least recently used; c, newer, is still kept.
    expect((await cache.get('c', kept(record('c was dropped')))).groups[0]?.label).toBe('c');
    expect((await cache.get('a', kept(record('a was dropped')))).groups[0]?.label).toBe('a was dropped');
  });
});

/**
 * Tag records kept in memory, least recently used first out, within a byte budget: a person
 * stepping through photos with "More" open asks for each once, and back again. Keyed by what
 * changes the answer (the original's checksum, its sidecar's size and time); a read in flight is
 * shared by everyone asking for the same key, and a failed read is not kept.
 */
import type { TagRecord } from './tag-record-reader.ts';

/** About 200 records of a camera JPEG (~20–40 kB of JSON each). */
export const TAG_CACHE_BYTES = 8_000_000;

interface Entry {
  record: Promise<TagRecord>;
  bytes: number;
}

export class TagRecordCache {
  readonly #entries = new Map<string, Entry>();
  #bytes = 0;

  constructor(readonly maxBytes = TAG_CACHE_BYTES) {}

  /** The record under `key`, read once by `read` when it isn't kept. */
  get(key: string, read: () => Promise<TagRecord>): Promise<TagRecord> {
    const kept = this.#entries.get(key);
    if (kept) {
      // Map order is the recency order: touch it.
      this.#entries.delete(key);
      this.#entries.set(key, kept);
      return kept.record;
    }
    const entry: Entry = { record: read(), bytes: 0 };
    this.#entries.set(key, entry);
    entry.record.then(
      (record) => {
        if (this.#entries.get(key) !== entry) return;
        entry.bytes = JSON.stringify(record).length;
        this.#bytes += entry.bytes;
        this.#evict();
      },
      () => {
        if (this.#entries.get(key) === entry) this.#entries.delete(key);
      },
    );
    return entry.record;
  }

  /** Records kept (reads in flight included). */
  get size(): number {
    return this.#entries.size;
  }

  #evict(): void {
    for (const [key, entry] of this.#entries) {
      if (this.#bytes <= this.maxBytes || this.#entries.size <= 1) break;
      // A read in flight weighs nothing yet and is someone's answer: keep it.
      if (entry.bytes === 0) continue;
      this.#entries.delete(key);
      this.#bytes -= entry.bytes;
    }
  }
}

/**
 * Load, short form: a real HTTP server on an ephemeral loopback port, concurrent list, detail and
 * thumbnail traffic while the indexer adds a folder in the same process. Every request must
 * succeed and memory must stay bounded. The long form with figures is `bench/load.ts`.
 */
import { describe, expect, it } from 'vitest';
import { runLoad } from '../testing/load-run.ts';

describe('under load', () => {
  it('answers every request 2xx while indexing, with bounded memory', async () => {
    const result = await runLoad({
      assets: 3000,
      photos: 24,
      indexPhotos: 40,
      warmupSeconds: 1,
      seconds: 5,
      connections: 4,
    });
    for (const s of result.scenarios) {
      expect(s.requests, s.name).toBeGreaterThan(5); // Whatever the machine's load: it did serve.
      expect({ name: s.name, errors: s.errors, timeouts: s.timeouts, non2xx: s.non2xx }).toEqual({
        name: s.name,
        errors: 0,
        timeouts: 0,
        non2xx: 0,
      });
    }
    expect(result.indexing).toMatchObject({ files: 40, failed: 0 });
    // Once warm, serving and indexing must not keep growing the heap or the native caches
    // (sharp's own cache is capped at 50 MB); the bound leaves room for GC timing.
    const { baselineMb, afterWarmupMb, endMb, peakMb } = result.memory;
    expect(endMb - afterWarmupMb).toBeLessThan(120);
    expect(peakMb - baselineMb).toBeLessThan(300);
    const total = result.scenarios.reduce((n, s) => n + s.requests, 0);
    console.info(
      `load: ${total} requests in ${result.seconds} s (` +
        result.scenarios
          .map((s) => `${s.name} ${s.requestsPerSecond.toFixed(0)}/s p99 ${s.latencyP99} ms`)
          .join(', ') +
        `); RSS ${baselineMb} → ${afterWarmupMb} → ${endMb} MB (peak ${peakMb}); indexed ${result.indexing.files} photos in ${result.indexing.seconds.toFixed(1)} s meanwhile`,
    );
  }, 60_000);
});

import { describe, expect, it } from 'vitest';
import { RECHECK_MS, UpstreamCapabilities } from './summaries.ts';

describe('UpstreamCapabilities', () => {
  it('unknown, then missing for RECHECK_MS, then unknown again; present for good', () => {
    let now = 1_000;
    const caps = new UpstreamCapabilities(() => now);
    expect(caps.has('counts')).toBeNull();
    caps.learn('counts', false);
    expect(caps.has('counts')).toBe(false);
    now += RECHECK_MS - 1;
    expect(caps.has('counts')).toBe(false);
    now += 1;
    expect(caps.has('counts')).toBeNull();
    caps.learn('counts', true);
    now += 10 * RECHECK_MS;
    expect(caps.has('counts')).toBe(true);
    expect(caps.has('geo-clusters')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { phaseMedians, renderFirstScreenRows } from './first-screen.ts';
import type { FirstPaint } from './session.ts';

const visit = (paintMs: number, longestTaskMs: number | null): FirstPaint => ({
  paintMs,
  htmlMs: 10,
  scriptsMs: 100,
  commitMs: paintMs - 150,
  listRequestMs: 30,
  listResponseMs: null,
  imageRequestMs: paintMs - 100,
  imageResponseMs: paintMs - 60,
  imageLoadMs: paintMs - 20,
  longestTaskMs,
});

describe('the first-screen figures', () => {
  it('are the median of each phase over the visits, ignoring a phase a visit did not see', () => {
    const m = phaseMedians([visit(700, 90), visit(500, null), visit(600, 40)]);
    expect(m?.paintMs).toBe(600);
    expect(m?.commitMs).toBe(450);
    expect(m?.listResponseMs).toBeNull();
    // Of the two visits that saw one, by nearest rank (bench/lib/stats.ts).
    expect(m?.longestTaskMs).toBe(40);
    expect(phaseMedians([])).toBeNull();
  });

  it('print each budget with its limit and a verdict, one column per build', () => {
    const before = { warm: phaseMedians([visit(688, 74)]), cold: null, warmPaints: [688], coldPaints: [] };
    const after = {
      warm: phaseMedians([visit(450, 30)]),
      cold: phaseMedians([visit(690, 30)]),
      warmPaints: [450],
      coldPaints: [690],
    };
    const rows = renderFirstScreenRows([
      { label: 'before', figures: before },
      { label: 'after', figures: after },
    ]);
    expect(rows[0]).toBe('| goal | target | before | after |');
    expect(rows[2]).toBe(
      '| first thumbnail painted, server cache warm (median) | ≤ 500 ms | 688 ms (688) ❌ | 450 ms (450) ✅ |',
    );
    expect(rows[3]).toContain('| n/a ms n/a | 690 ms (690) ✅ |');
    expect(rows[4]).toContain('≤ 50 ms | 74 ms ❌ | 30 ms ✅ |');
  });
});

import { describe, expect, it } from 'vitest';
import { HEAP_PASSES, heapTrend, snapshotTotals } from '../../bench/lib/heap.ts';

// The benchmark's leak verdict rests on this arithmetic, so it is checked like the rest.
describe('heapTrend', () => {
	const passes = Array.from({ length: HEAP_PASSES }, (_, i) => i);

	it('sees a steady leak as a slope after ten passes', () => {
		const leaking = passes.map((i) => 12 + 0.25 * i);
		const trend = heapTrend(leaking);
		expect(trend.slopeAfterTen).toBeCloseTo(0.25, 10);
		expect(trend.afterOne).toBe(12);
		expect(trend.afterTen).toBeCloseTo(14.25, 10);
		expect(trend.afterTwenty).toBeCloseTo(16.75, 10);
	});

	it('sees warm-up that levels off as no slope, with the jitter as noise', () => {
		const levelling = passes.map((i) => (i < 9 ? 12 + i * 0.2 : 14 + (i % 2 ? 0.3 : -0.3)));
		const trend = heapTrend(levelling);
		expect(Math.abs(trend.slopeAfterTen)).toBeLessThan(0.05);
		expect(trend.noise).toBeCloseTo(0.6, 10);
	});

	it('refuses too few readings', () => {
		expect(() => heapTrend([1, 2, 3])).toThrow(`needs ${HEAP_PASSES} readings, got 3`);
	});
});

describe('snapshotTotals', () => {
	it('splits compiled code from everything else', () => {
		const MB = 1024 * 1024;
		const totals = snapshotTotals({
			snapshot: {
				meta: { node_fields: ['type', 'name', 'self_size'], node_types: [['object', 'code', 'string']] }
			},
			// type index, name index, self size: an object, two code objects, a string.
			nodes: [0, 0, 2 * MB, 1, 0, MB, 1, 0, MB, 2, 0, MB / 2]
		});
		expect(totals).toEqual({ total: 4.5, code: 2, objects: 2.5 });
	});
});

import { describe, expect, it } from 'vitest';
import {
	cumulativeLayoutShift,
	interactionDelays,
	percentile,
	stepToCameraLatencies,
	totalBlockingTime
} from '../../bench/lib/metrics.ts';
import {
	costKind,
	longTasksBetween,
	mainThread,
	pageOrigin,
	summarizeThread,
	type TraceEvent
} from '../../bench/lib/trace.ts';
import { assertNoProblems } from '../../bench/lib/pageProblems.ts';

// The benchmark's verdicts rest on this arithmetic, so it is checked like the rest.
describe('benchmark figures', () => {
	it('counts blocking time beyond 50 ms of the part of each task inside the window', () => {
		const tasks: [number, number][] = [
			[5, 200], // 195 ms inside
			[300, 80],
			[400, 49],
			[700, 300], // 100 ms inside
			[900, 300] // outside
		];
		expect(totalBlockingTime(tasks, 10, 800)).toBe(145 + 30 + 50);
	});

	it('pairs every step change with the first camera move before the next change', () => {
		const marks: [string, number][] = [
			['storymap:step-active', 100],
			['storymap:camera-moving', 104],
			['storymap:camera-moving', 150],
			['storymap:step-active', 700],
			['storymap:step-active', 1400],
			['storymap:camera-moving', 1410],
			['storymap:camera-settled', 1900]
		];
		expect(stepToCameraLatencies(marks)).toEqual({ latencies: [4, 10], unmatched: 1 });
	});

	it('takes the longest entry of each interaction and counts unreported ones at the threshold', () => {
		const events: [number, string, number, number][] = [
			[1, 'pointerdown', 0, 24],
			[1, 'click', 2, 40],
			[2, 'click', 500, 120]
		];
		expect(interactionDelays(events, 4).sort((a, b) => a - b)).toEqual([16, 16, 40, 120]);
		expect(percentile([16, 16, 40, 120], 75)).toBe(40);
		expect(percentile([1, 2, 3, 4, 5, 6, 7, 8], 75)).toBe(6);
	});

	it('reads layout shift as the largest session window', () => {
		expect(cumulativeLayoutShift([])).toBe(0);
		const shifts: [number, number][] = [
			[0, 0.1],
			[500, 0.1],
			[3000, 0.05]
		];
		expect(cumulativeLayoutShift(shifts)).toBeCloseTo(0.2, 10);
	});
});

describe('trace summary', () => {
	const thread = (name: string, pid: number, tid: number): TraceEvent => ({
		name: 'thread_name',
		cat: '__metadata',
		ph: 'M',
		ts: 0,
		pid,
		tid,
		args: { name }
	});
	const slice = (name: string, ts: number, dur: number, cat = 'devtools.timeline', tid = 1): TraceEvent => ({
		name,
		cat,
		ph: 'X',
		ts,
		dur,
		pid: 7,
		tid
	});

	it('finds the busiest renderer main thread and sums self time by name and kind', () => {
		const events = [
			thread('CrRendererMain', 7, 1),
			thread('CrRendererMain', 7, 2),
			slice('RunTask', 0, 10_000),
			slice('FunctionCall', 1_000, 6_000),
			slice('CommandBufferProxyImpl::WaitForGetOffset', 2_000, 3_000, 'gpu'),
			slice('Layout', 8_000, 1_000),
			slice('RunTask', 0, 500, 'toplevel', 2)
		];
		const main = mainThread(events)!;
		expect(main).toEqual({ pid: 7, tid: 1 });
		const summary = summarizeThread(events, main);
		expect(summary.busyMs).toBe(10);
		const byName = Object.fromEntries(summary.byName.map((c) => [c.name, c.ms]));
		expect(byName).toEqual({
			FunctionCall: 3,
			'CommandBufferProxyImpl::WaitForGetOffset': 3,
			RunTask: 3,
			Layout: 1
		});
		const byKind = Object.fromEntries(summary.byKind.map((c) => [c.name, c.share]));
		expect(byKind.GL).toBeCloseTo(0.3, 10);
		expect(byKind.script).toBeCloseTo(0.3, 10);
	});

	it('lists the long tasks between two page times with the functions sampled most in each', () => {
		// Page time 0 is trace time 1,000,000 µs: the first contentful paint is at 100 ms.
		const fcp = { ...slice('firstContentfulPaint', 1_100_000, 0), ph: 'I' };
		const ms = (pageMs: number) => 1_000_000 + pageMs * 1000;
		const node = (id: number, functionName: string, url = '') => ({ id, callFrame: { functionName, url } });
		const profile = {
			...slice('Profile', ms(0), 0),
			ph: 'P',
			id: '0x1',
			args: { data: { startTime: ms(0) } }
		};
		// One sample every 10 ms from page time 200: 4 in draw, 2 in parse, then idle.
		const samples = [1, 1, 1, 1, 2, 2, 3];
		const chunk = {
			...slice('ProfileChunk', ms(300), 0),
			ph: 'P',
			id: '0x1',
			args: {
				data: {
					cpuProfile: {
						nodes: [
							node(1, 'draw', 'http://x/map.js'),
							node(2, 'parse', 'http://x/app.js?v=1'),
							node(3, '(idle)')
						],
						samples
					},
					timeDeltas: [200_000, ...samples.slice(1).map(() => 10_000)]
				}
			}
		};
		const events = [
			thread('CrRendererMain', 7, 1),
			fcp,
			profile,
			chunk,
			slice('RunTask', ms(50), 80_000), // before the window
			slice('RunTask', ms(200), 60_000), // long, in the window
			slice('RunTask', ms(400), 40_000), // not long
			slice('RunTask', ms(900), 70_000) // after the window
		] as TraceEvent[];
		const main = mainThread(events)!;
		const origin = pageOrigin(events, main, 100)!;
		expect(origin).toBe(1_000_000);
		const tasks = longTasksBetween(events, main, origin, 100, 800);
		expect(tasks.map((t) => [t.startMs, t.ms])).toEqual([[200, 60]]);
		expect(tasks[0].top).toEqual([
			{ name: 'draw (map.js)', ms: 40 },
			{ name: 'parse (app.js)', ms: 20 }
		]);
	});

	it('names the kinds of work as DevTools groups them', () => {
		expect(costKind({ name: 'UpdateLayoutTree', cat: 'blink' })).toBe('style & layout');
		expect(costKind({ name: 'Paint', cat: 'devtools.timeline' })).toBe('paint & composite');
		expect(costKind({ name: 'ParseHTML', cat: 'devtools.timeline' })).toBe('parse');
		expect(costKind({ name: 'MinorGC', cat: 'v8' })).toBe('GC');
		expect(costKind({ name: 'v8.compile', cat: 'v8' })).toBe('compile');
	});
});

describe('a measured page that went wrong', () => {
	it('stops the benchmark with what went wrong, and lets a clean page through', () => {
		expect(() => assertNoProblems('ours', [])).not.toThrow();
		const refused = Array.from({ length: 7 }, (_, i) => `console: Refused to connect to blob:${i}`);
		expect(() => assertNoProblems('ours', refused)).toThrow(
			/The ours page went wrong[\s\S]*blob:0[\s\S]*… and 2 more/
		);
	});
});

/**
 * The arithmetic behind the benchmark's figures, from what bench/lib/instrument.js
 * collects in the page. Pure, so the unit tests hold it to the definitions.
 */

/**
 * Total blocking time in [from, to]: each long task's time beyond 50 ms, with
 * a task that crosses an edge cut to the part inside (as Lighthouse does at
 * first contentful paint).
 */
export function totalBlockingTime(longTasks: [number, number][], from: number, to: number): number {
	return longTasks.reduce((sum, [start, duration]) => {
		const inside = Math.min(start + duration, to) - Math.max(start, from);
		return inside > 0 ? sum + Math.max(0, inside - 50) : sum;
	}, 0);
}

/**
 * Step active → camera moving, for every step change: the first
 * `storymap:camera-moving` mark at or after each `storymap:step-active` mark and
 * before the next one. A step change whose camera never moved is counted in `unmatched`.
 */
export function stepToCameraLatencies(marks: [string, number][]): { latencies: number[]; unmatched: number } {
	const active = marks.filter(([name]) => name === 'storymap:step-active').map(([, time]) => time);
	const moving = marks.filter(([name]) => name === 'storymap:camera-moving').map(([, time]) => time);
	const latencies: number[] = [];
	let unmatched = 0;
	active.forEach((time, i) => {
		const next = active[i + 1] ?? Infinity;
		const start = moving.find((m) => m >= time && m < next);
		if (start === undefined) unmatched++;
		else latencies.push(start - time);
	});
	return { latencies, unmatched };
}

/**
 * Each interaction's delay to the next paint (INP-style): the longest Event
 * Timing entry of each interaction. Interactions the browser did not report
 * took under its 16 ms threshold; they count as 16.
 */
export function interactionDelays(
	events: [number, string, number, number][],
	interactions: number
): number[] {
	const longest = new Map<number, number>();
	for (const [id, , , duration] of events) longest.set(id, Math.max(longest.get(id) ?? 0, duration));
	const reported = [...longest.values()];
	const unreported = Math.max(0, interactions - reported.length);
	return [...reported, ...Array<number>(unreported).fill(16)];
}

/** The p-th percentile (0–100), nearest rank. */
export function percentile(values: number[], p: number): number {
	if (values.length === 0) return NaN;
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/**
 * Cumulative layout shift as the web-vitals define it: the largest session
 * window of shifts (gaps under 1 s, at most 5 s long). `shifts`: [start, value]
 * of shifts without recent input.
 */
export function cumulativeLayoutShift(shifts: [number, number][]): number {
	let largest = 0;
	let current = 0;
	let windowStart = -Infinity;
	let previous = -Infinity;
	for (const [time, value] of [...shifts].sort((a, b) => a[0] - b[0])) {
		if (time - previous < 1000 && time - windowStart < 5000) current += value;
		else {
			current = value;
			windowStart = time;
		}
		previous = time;
		largest = Math.max(largest, current);
	}
	return largest;
}

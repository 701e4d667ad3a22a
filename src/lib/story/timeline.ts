import type { Step } from './types.ts';

/** A dated step on the time rail. */
export interface RailEntry {
	/** The step's index in the story. */
	index: number;
	/** YYYY-MM-DD */
	date: string;
	/** Days since 1970-01-01: the time scale's unit. */
	day: number;
}

/** One step's button on the rail: `x` where it is drawn, `dateX` where its date lies on the axis. */
export interface RailDot extends RailEntry {
	x: number;
	dateX: number;
}

/** A run of dates drawn to scale; the rail breaks between runs. */
export interface RailSegment {
	from: number;
	to: number;
}

export interface RailScale {
	dots: RailDot[];
	/** The axis drawn as lines, left to right; the gaps between them are the breaks. */
	segments: RailSegment[];
	/** Centres of the breaks, where a long stretch of time is left out. */
	breaks: number[];
	/** Year labels, never closer than LABEL_GAP to each other. */
	years: { label: string; x: number }[];
	/** Too narrow for a button per step at MIN_GAP: the rail shows only the active date. */
	compact: boolean;
}

/** Room for one button (WCAG 2.2 target size, 24 px). */
export const MIN_GAP = 24;
/** A break is as wide as a year label, so the runs on either side each keep theirs. */
const LABEL_GAP = 40;
const BREAK_WIDTH = LABEL_GAP;
/**
 * A gap is broken when it is longer than this share of the whole span, than
 * MIN_BREAK_DAYS, and than BREAK_OVER_MEDIAN times the median of the shorter
 * gaps: evenly spread dates keep one scale however far apart they are.
 */
const BREAK_SHARE = 0.15;
const MIN_BREAK_DAYS = 90;
const BREAK_OVER_MEDIAN = 4;

const DAY_MS = 86_400_000;

function dayOf(iso: string): number {
	const [year, month, day] = iso.split('-').map(Number);
	return Date.UTC(year, month - 1, day) / DAY_MS;
}

/** The story's dated steps (or those of `shown`), oldest first; same-day steps in story order. */
export function datedSteps(steps: Pick<Step, 'date'>[], shown?: number[]): RailEntry[] {
	const indexes = shown ?? steps.map((_, index) => index);
	return indexes
		.flatMap((index) => {
			const date = steps[index]?.date;
			return date ? [{ index, date, day: dayOf(date) }] : [];
		})
		.sort((a, b) => a.day - b.day || a.index - b.index);
}

/** Splits the sorted entries where a long gap would waste the rail's width. */
export function clustersOf(entries: RailEntry[]): RailEntry[][] {
	if (entries.length === 0) return [];
	const span = entries[entries.length - 1].day - entries[0].day;
	const gaps = entries.slice(1).map((entry, i) => entry.day - entries[i].day);
	// The typical gap among those too short to break: with none, the dates are evenly spread.
	const short = gaps.filter((gap) => gap > 0 && gap <= span * BREAK_SHARE);
	const typical = short.length > 0 ? median(short) : Infinity;
	const clusters: RailEntry[][] = [[entries[0]]];
	for (let i = 1; i < entries.length; i++) {
		const gap = gaps[i - 1];
		if (gap > span * BREAK_SHARE && gap > MIN_BREAK_DAYS && gap > typical * BREAK_OVER_MEDIAN)
			clusters.push([entries[i]]);
		else clusters[clusters.length - 1].push(entries[i]);
	}
	return clusters;
}

/** Pushes sorted positions apart to `gap`, keeping them within [from, to] when they fit. */
function spread(xs: number[], gap: number, from: number, to: number): number[] {
	const out = [...xs];
	for (let i = 0; i < out.length; i++) out[i] = Math.max(out[i], from, i > 0 ? out[i - 1] + gap : from);
	for (let i = out.length - 1; i >= 0; i--)
		out[i] = Math.min(out[i], i < out.length - 1 ? out[i + 1] - gap : to);
	return out;
}

/**
 * The rail for a width in pixels: each run of dates drawn to a real time scale
 * (a day is the same width everywhere within a run), runs separated by a break
 * of fixed width, and each step a button at least MIN_GAP from the next —
 * steps on the same or close days sit side by side, their stems pointing to
 * the date. Compact when the buttons cannot fit.
 */
export function railScale(entries: RailEntry[], width: number, padding = 16): RailScale {
	const clusters = clustersOf(entries);
	const inner = width - 2 * padding - (clusters.length - 1) * BREAK_WIDTH;
	const minWidths = clusters.map((c) => (c.length - 1) * MIN_GAP);
	const spans = clusters.map((c) => c[c.length - 1].day - c[0].day);
	const spare = inner - minWidths.reduce((a, b) => a + b, 0);
	const compact = spare < 0 || entries.length === 0;
	const totalSpan = spans.reduce((a, b) => a + b, 0);
	const widths = clusters.map((_, i) =>
		Math.max(0, minWidths[i] + (totalSpan > 0 ? (Math.max(0, spare) * spans[i]) / totalSpan : 0))
	);
	// With no span at all (every date the same day), the one run is centred.
	let start = totalSpan > 0 ? padding : width / 2 - widths[0] / 2;
	const dots: RailDot[] = [];
	const segments: RailSegment[] = [];
	const breaks: number[] = [];
	const years: { label: string; x: number }[] = [];
	clusters.forEach((cluster, c) => {
		const end = start + widths[c];
		const xOf = (day: number) =>
			spans[c] > 0 ? start + ((day - cluster[0].day) / spans[c]) * widths[c] : start;
		const dateXs = cluster.map((entry) => xOf(entry.day));
		const xs = spread(dateXs, MIN_GAP, start, end);
		cluster.forEach((entry, i) => dots.push({ ...entry, x: round(xs[i]), dateX: round(dateXs[i]) }));
		segments.push({ from: round(start), to: round(end) });
		const firstYear = Number(cluster[0].date.slice(0, 4));
		years.push({ label: String(firstYear), x: round(start) });
		const lastYear = Number(cluster[cluster.length - 1].date.slice(0, 4));
		for (let year = firstYear + 1; year <= lastYear; year++)
			years.push({ label: String(year), x: round(xOf(dayOf(`${year}-01-01`))) });
		if (c < clusters.length - 1) breaks.push(round(end + BREAK_WIDTH / 2));
		start = end + BREAK_WIDTH;
	});
	return { dots, segments, breaks, years: spacedLabels(years), compact };
}

function spacedLabels(labels: { label: string; x: number }[]): { label: string; x: number }[] {
	const kept: { label: string; x: number }[] = [];
	for (const label of labels)
		if (kept.length === 0 || label.x - kept[kept.length - 1].x >= LABEL_GAP) kept.push(label);
	return kept;
}

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function round(x: number): number {
	return Math.round(x * 10) / 10;
}

/** The rail for right-to-left reading: time runs from right to left, the oldest date on the right. */
export function mirroredScale(scale: RailScale, width: number): RailScale {
	const flip = (x: number) => round(width - x);
	return {
		...scale,
		dots: scale.dots.map((dot) => ({ ...dot, x: flip(dot.x), dateX: flip(dot.dateX) })),
		segments: scale.segments.map(({ from, to }) => ({ from: flip(to), to: flip(from) })),
		breaks: scale.breaks.map(flip),
		years: scale.years.map((year) => ({ ...year, x: flip(year.x) }))
	};
}

/**
 * npm run bench — builds the site and two baselines, serves them with
 * compression as a CDN would, and measures them in headless Chromium on a
 * throttled phone profile (4x CPU, ~1.6 Mbit/s down, 150 ms round trip,
 * 390x844): the classic baseline (the Mapbox storytelling template's
 * architecture and its plain map) and the same-map baseline (that
 * architecture drawing our exact map: style, sources, labels, cameras).
 * Prints a table of medians and spreads with the ratios ours/baseline and
 * ours/same map, and writes bench/results/latest.json.
 *
 *   npm run bench                   # 5 runs each
 *   npm run bench -- --runs 9
 *   npm run bench -- --scale        # step-change cost as stories grow (bench/scale.ts)
 *   npm run bench -- --trace        # also a Chrome trace of each page: the top main-thread costs
 *   npm run bench -- --no-heap      # skip the heap passes (quicker, while working)
 *   npm run bench -- --lighthouse   # Lighthouse 12 mobile, three runs of each page (bench/lighthouse.ts)
 */
import { execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type CDPSession, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/chromium.ts';
import { buildBaseline, buildSameMapBaseline } from './baseline/build.ts';
import { serveStatic, type Sent } from './lib/server.ts';
import { summarize, type Summary } from './lib/stats.ts';
import { firstViewAssets, totals } from './lib/firstView.ts';
import { pressThrough, railThrough, scrollThrough, stepIds } from './lib/drive.ts';
import {
	cumulativeLayoutShift,
	interactionDelays,
	percentile,
	stepToCameraLatencies,
	totalBlockingTime
} from './lib/metrics.ts';
import {
	formatLongTasks,
	formatSummary,
	longTasksBetween,
	mainThread,
	pageOrigin,
	sampledCosts,
	startTrace,
	stopTrace,
	summarizeThread
} from './lib/trace.ts';
import { HEAP_PASSES, measureHeap, SNAPSHOT_PASSES } from './lib/heap.ts';
import { assertNoProblems, watchForProblems } from './lib/pageProblems.ts';

const args = process.argv.slice(2);
if (args.includes('--scale')) {
	await import('./scale.ts');
	process.exit(0);
}
if (args.includes('--lighthouse')) {
	await import('./lighthouse.ts');
	process.exit(0);
}
const RUNS = Number(args[args.indexOf('--runs') + 1]) || 5;
const TRACE = args.includes('--trace');
const HEAP = !args.includes('--no-heap');
const root = join(import.meta.dirname, '..');
const PHONE = { width: 390, height: 844 };
const NETWORK = {
	offline: false,
	latency: 150,
	downloadThroughput: 1_600_000 / 8,
	uploadThroughput: 750_000 / 8
};

// Collected in the page from the first byte (plain JS, so no transpiler helpers leak into the page).
const INSTRUMENT = join(import.meta.dirname, 'lib/instrument.js');

interface Run {
	fcp: number;
	lcp: number;
	firstStepText: number;
	mapVisible: number;
	mapReady: number;
	tbt: number;
	cls: number;
	bytes: Record<string, number>;
	scrollLongTasks: number;
	scrollLongTaskMs: number;
	stepToCamera: number;
	stepToCameraUnmatched: number;
	/** Step press → next paint, 75th percentile, by way of pressing (NaN where the page has no such way). */
	pressToPaintP75: Record<PressWay, number>;
	/** Step active → camera moving over the presses, median: the page paints first, the camera follows within a frame. */
	pressedStepToCamera: number;
	/** Frames the map drew during the scroll-through, and the 95th percentile of their intervals while drawing. */
	frames: number;
	frameIntervalP95: number;
}

/** The pages raced: ours, the classic baseline, and the classic architecture drawing our map. */
const PAGES = ['ours', 'baseline', 'same map'] as const;
type PageName = (typeof PAGES)[number];

interface Bench {
	longTasks: [number, number][];
	lcp: number;
	mapReady: number;
	mapVisible: number;
	firstStepText: number;
	marks: [string, number][];
	events: [number, string, number, number][];
	shifts: [number, number][];
}

/**
 * How each page moves one step on with a press: ours by its Next step button,
 * its step key and its time rail; the classic template has only the keyboard
 * (Page Down), so its button and rail rows stay empty.
 */
type PressWay = 'button' | 'key' | 'rail';
const PRESS_WAYS: Record<
	PageName,
	Partial<Record<PressWay, { selector: string } | { key: string } | 'rail'>>
> = {
	ours: { button: { selector: '.step-nav button:last-of-type' }, key: { key: 'ArrowRight' }, rail: 'rail' },
	baseline: { key: { key: 'PageDown' } },
	'same map': { key: { key: 'PageDown' } }
};

async function throttledPage(browser: Browser): Promise<{ page: Page; cdp: CDPSession; problems: string[] }> {
	const context = await browser.newContext({
		viewport: PHONE,
		isMobile: true,
		hasTouch: true,
		deviceScaleFactor: 2
	});
	const page = await context.newPage();
	const problems = watchForProblems(page);
	await page.addInitScript({ path: INSTRUMENT });
	const cdp = await context.newCDPSession(page);
	await cdp.send('Network.enable');
	await cdp.send('Network.emulateNetworkConditions', NETWORK);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
	return { page, cdp, problems };
}

const readBench = (page: Page) => page.evaluate(() => (window as unknown as { __bench: Bench }).__bench);

/**
 * One throttled load, scroll-through and press-through of a page. Bytes are
 * counted by the server (what a CDN would send, main thread and worker alike)
 * up to map ready. With `trace`, the load and the scroll-through are recorded
 * as a Chrome trace and summarised.
 */
async function measureLoad(
	browser: Browser,
	name: PageName,
	url: string,
	sent: Sent,
	trace = false
): Promise<Run & { trace?: string }> {
	const { page, cdp, problems } = await throttledPage(browser);
	sent.reset();
	if (trace) await startTrace(cdp);
	await page.goto(url, { waitUntil: 'load', timeout: 300_000 });
	await page.waitForFunction(
		() => (window as unknown as { __bench: { mapReady: number } }).__bench.mapReady > 0,
		null,
		{ timeout: 300_000, polling: 200 }
	);
	await page.waitForTimeout(1000);
	const bytes = { ...sent.bytes };
	await quiet(page, sent);
	const loaded = await readBench(page);
	const fcp = await page.evaluate(
		() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0
	);
	const ids = await stepIds(page);
	// Every frame the map draws from here (each page publishes its map on its element).
	await page.evaluate(() => {
		const frames: number[] = ((window as unknown as { __frames: number[] }).__frames = []);
		const element = document.getElementById('story-map') as HTMLElement & {
			storyMap: { on: (event: string, listener: () => void) => void };
		};
		element.storyMap.on('render', () => frames.push(performance.now()));
	});
	const scrollStart = await page.evaluate(() => performance.now());
	await scrollThrough(page, ids.slice(1), 700);
	const scrolled = await readBench(page);
	const frameTimes = await page.evaluate(() => (window as unknown as { __frames: number[] }).__frames);
	let traceSummary: string | undefined;
	if (trace) {
		const events = await stopTrace(cdp);
		const thread = mainThread(events);
		const origin = thread && pageOrigin(events, thread, fcp);
		if (thread)
			traceSummary = [
				formatSummary(`${name}: load and scroll-through`, summarizeThread(events, thread)),
				'  sampled JavaScript by source (WebGL calls apart):',
				...sampledCosts(events, thread)
					.slice(0, 6)
					.map(
						(c) => `    ${c.name.padEnd(34)} ${c.ms.toFixed(0).padStart(6)} ms ${(c.share * 100).toFixed(1)}%`
					),
				...(origin === undefined
					? []
					: [
							formatLongTasks(
								'  load (first contentful paint to map ready)',
								longTasksBetween(events, thread, origin, fcp, loaded.mapReady)
							),
							formatLongTasks(
								'  scroll-through',
								longTasksBetween(events, thread, origin, scrollStart, Infinity)
							)
						])
			].join('\n');
	}
	const scrollTasks = scrolled.longTasks.filter(([start]) => start >= scrollStart);
	const { latencies, unmatched } = stepToCameraLatencies(scrolled.marks.filter(([, t]) => t >= scrollStart));

	// For each way of pressing: back to the first step, then one press per step, each press's delay to the next paint.
	const pressToPaintP75: Record<PressWay, number> = { button: NaN, key: NaN, rail: NaN };
	const pressedToCamera: number[] = [];
	for (const [way, press] of Object.entries(PRESS_WAYS[name]) as [
		PressWay,
		{ selector: string } | { key: string } | 'rail'
	][]) {
		await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
		await page.waitForTimeout(1500);
		const pressStart = await page.evaluate(() => performance.now());
		const presses =
			press === 'rail'
				? await railThrough(page, ids.length - 1, 700)
				: await pressThrough(page, press, ids.length - 1, 700);
		const pressed = await readBench(page);
		const pressEnd = await page.evaluate(() => performance.now());
		const delays = interactionDelays(
			pressed.events.filter(([, , start]) => start >= pressStart && start <= pressEnd),
			presses
		);
		pressToPaintP75[way] = percentile(delays, 75);
		pressedToCamera.push(
			...stepToCameraLatencies(pressed.marks.filter(([, t]) => t >= pressStart && t <= pressEnd)).latencies
		);
	}
	await page.context().close();
	assertNoProblems(name, problems);
	return {
		fcp,
		lcp: loaded.lcp,
		firstStepText: loaded.firstStepText,
		mapVisible: loaded.mapVisible,
		mapReady: loaded.mapReady,
		tbt: totalBlockingTime(loaded.longTasks, fcp, loaded.mapReady),
		cls: cumulativeLayoutShift(loaded.shifts.filter(([start]) => start <= loaded.mapReady + 1000)),
		bytes,
		scrollLongTasks: scrollTasks.length,
		scrollLongTaskMs: scrollTasks.reduce((sum, [, d]) => sum + d, 0),
		stepToCamera: percentile(latencies, 50),
		stepToCameraUnmatched: unmatched,
		pressToPaintP75,
		pressedStepToCamera: percentile(pressedToCamera, 50),
		frames: frameTimes.length,
		frameIntervalP95: percentile(drawingIntervals(frameTimes), 95),
		trace: traceSummary
	};
}

/**
 * Every page starts its scroll-through from rest: nothing sent for 1.5 s (the
 * map's later data, such as its 1:50m detail, has arrived) and the map idle.
 * Ours starts its live map later than the baselines (at the reader's first
 * scroll, or when idle), so a fixed wait would leave its detail to land in
 * the scroll-through and count against it.
 */
async function quiet(page: Page, sent: Sent) {
	const total = () => Object.values(sent.bytes).reduce((sum, n) => sum + n, 0);
	for (let last = -1, still = 0; still < 3;) {
		const now = total();
		still = now === last ? still + 1 : 0;
		last = now;
		await page.waitForTimeout(500);
	}
	await page.evaluate(
		() =>
			new Promise<void>((done) => {
				const map = (
					document.getElementById('story-map') as HTMLElement & {
						storyMap: { loaded: () => boolean; once: (event: string, listener: () => void) => void };
					}
				).storyMap;
				if (map.loaded()) done();
				else map.once('idle', () => done());
			})
	);
}

/** The gaps between frames while the map is drawing (a pause of 250 ms or more is the map at rest). */
function drawingIntervals(times: number[]): number[] {
	return times
		.slice(1)
		.map((t, i) => t - times[i])
		.filter((gap) => gap < 250);
}

function build() {
	console.log('Building the site…');
	execSync('npx vite build', { cwd: root, stdio: 'ignore' });
	console.log('Building the baselines…');
	return { baseline: buildBaseline(), sameMap: buildSameMapBaseline(join(root, 'build')) };
}

const dirs = build();
const ours = await serveStatic(join(root, 'build'), 4310);
const baseline = await serveStatic(dirs.baseline, 4311);
const sameMap = await serveStatic(dirs.sameMap, 4312);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const pages: Record<PageName, string> = {
	ours: 'http://127.0.0.1:4310/',
	baseline: 'http://127.0.0.1:4311/',
	'same map': 'http://127.0.0.1:4312/'
};
const runs: Record<PageName, Run[]> = { ours: [], baseline: [], 'same map': [] };
const servers = { ours, baseline, 'same map': sameMap };
const traces: string[] = [];
try {
	for (let i = 0; i < RUNS; i++)
		for (const name of PAGES) {
			process.stdout.write(`run ${i + 1}/${RUNS} ${name}… `);
			runs[name].push(await measureLoad(browser, name, pages[name], servers[name].sent));
			console.log(`map ready ${Math.round(runs[name].at(-1)!.mapReady)} ms`);
		}
	// Traced apart from the timed runs: recording slows the page, so its figures stay out of the medians.
	if (TRACE)
		for (const name of PAGES) {
			process.stdout.write(`traced run ${name}… `);
			const { trace } = await measureLoad(browser, name, pages[name], servers[name].sent, true);
			if (trace) traces.push(trace);
			console.log('done');
		}
	console.log('Heap across scroll-throughs…');
	const heap = HEAP
		? {
				ours: await measureHeap(browser, pages.ours, PHONE),
				baseline: await measureHeap(browser, pages.baseline, PHONE),
				'same map': await measureHeap(browser, pages['same map'], PHONE)
			}
		: undefined;

	const metric = (name: PageName, pick: (run: Run) => number) => summarize(runs[name].map(pick));
	const rows: [string, string, (run: Run) => number][] = [
		['first contentful paint', 'ms', (r) => r.fcp],
		['largest contentful paint', 'ms', (r) => r.lcp],
		['first step text visible', 'ms', (r) => r.firstStepText],
		['map visible (static or live)', 'ms', (r) => r.mapVisible],
		['map visible / LCP', 'ratio', (r) => r.mapVisible / r.lcp],
		['map ready (data-ready)', 'ms', (r) => r.mapReady],
		['total blocking time (load)', 'ms', (r) => r.tbt],
		['cumulative layout shift (load)', 'score', (r) => r.cls],
		['bytes: total', 'KB', (r) => (r.bytes.total ?? 0) / 1024],
		['bytes: document', 'KB', (r) => (r.bytes.document ?? 0) / 1024],
		['bytes: script', 'KB', (r) => (r.bytes.script ?? 0) / 1024],
		['bytes: stylesheet', 'KB', (r) => (r.bytes.stylesheet ?? 0) / 1024],
		['bytes: data', 'KB', (r) => (r.bytes.data ?? 0) / 1024],
		['bytes: other', 'KB', (r) => ((r.bytes.other ?? 0) + (r.bytes.image ?? 0)) / 1024],
		['long tasks in scroll-through', 'count', (r) => r.scrollLongTasks],
		['long-task time in scroll-through', 'ms', (r) => r.scrollLongTaskMs],
		['step active -> camera moving (median)', 'ms', (r) => r.stepToCamera],
		['step changes without a camera move', 'count', (r) => r.stepToCameraUnmatched],
		['step active -> camera moving, pressed', 'ms', (r) => r.pressedStepToCamera],
		['step press -> next paint (p75): button', 'ms', (r) => r.pressToPaintP75.button],
		['step press -> next paint (p75): key', 'ms', (r) => r.pressToPaintP75.key],
		['step press -> next paint (p75): time rail', 'ms', (r) => r.pressToPaintP75.rail],
		['map frames in scroll-through', 'count', (r) => r.frames],
		['frame interval while drawing (p95)', 'ms', (r) => r.frameIntervalP95]
	];
	interface Row {
		metric: string;
		unit: string;
		ours: Summary;
		baseline: Summary;
		sameMap: Summary;
		ratio: number;
		sameMapRatio: number;
	}
	const row = (metric: string, unit: string, ours: Summary, baseline: Summary, sameMap: Summary): Row => ({
		metric,
		unit,
		ours,
		baseline,
		sameMap,
		ratio: ours.median / baseline.median,
		sameMapRatio: ours.median / sameMap.median
	});
	const table: Row[] = rows.map(([label, unit, pick]) =>
		row(label, unit, metric('ours', pick), metric('baseline', pick), metric('same map', pick))
	);
	if (heap)
		for (const [label, key] of [
			['JS heap after 1 scroll-through', 'afterOne'],
			['JS heap after 10 scroll-throughs', 'afterTen'],
			[`JS heap after ${HEAP_PASSES} scroll-throughs`, 'afterTwenty'],
			[`heap trend, passes 10–${HEAP_PASSES}, per pass`, 'slopeAfterTen'],
			['heap noise, pass to pass (median)', 'noise']
		] as const) {
			const [o, b, m] = PAGES.map((name) => summarize([heap[name][key]]));
			table.push(row(label, 'MB', o, b, m));
		}
	if (heap)
		for (const pass of SNAPSHOT_PASSES)
			for (const part of ['objects', 'code'] as const) {
				const [o, b, m] = PAGES.map((name) => summarize([heap[name].snapshots[pass][part]]));
				table.push(
					row(`snapshot after ${pass}: ${part === 'code' ? 'compiled code' : 'all but code'}`, 'MB', o, b, m)
				);
			}

	const fmt = (s: Summary) =>
		!Number.isFinite(s.median)
			? '–'
			: s.n === 1
				? s.median.toFixed(2)
				: `${s.median.toFixed(1)} (${s.min.toFixed(1)}–${s.max.toFixed(1)})`;
	console.log(`\nMedians (min–max) over ${RUNS} runs, phone 390x844, 4x CPU, 1.6 Mbit/s, 150 ms RTT\n`);
	const ratio = (value: number) => (Number.isFinite(value) ? value.toFixed(2) : '–');
	console.log(
		`${'metric'.padEnd(40)} ${'unit'.padEnd(6)} ${'ours'.padEnd(24)} ${'baseline'.padEnd(24)} ${'same map'.padEnd(24)} ${'ours/baseline'.padEnd(14)} ours/same map`
	);
	for (const r of table)
		console.log(
			`${r.metric.padEnd(40)} ${r.unit.padEnd(6)} ${fmt(r.ours).padEnd(24)} ${fmt(r.baseline).padEnd(24)} ${fmt(r.sameMap).padEnd(24)} ${ratio(r.ratio).padEnd(14)} ${ratio(r.sameMapRatio)}`
		);
	const budget = totals(firstViewAssets(join(root, 'build')));
	if (traces.length)
		console.log(
			`\nWhere the main thread's time went (a traced run of each page, apart from the timed runs; --trace)\n\n${traces.join('\n\n')}`
		);
	console.log(
		`\nFirst-view bytes from the build (gzip): ${(budget.firstView / 1024).toFixed(1)} KB first view (page, code, poster), ${(budget.all / 1024).toFixed(1)} KB with the live map`
	);

	mkdirSync(join(import.meta.dirname, 'results'), { recursive: true });
	const out = join(import.meta.dirname, 'results/latest.json');
	writeFileSync(
		out,
		JSON.stringify(
			{
				date: new Date().toISOString(),
				runs: RUNS,
				profile: { viewport: PHONE, cpuSlowdown: 4, network: NETWORK },
				table,
				heap,
				raw: runs,
				traces,
				firstViewBytes: budget
			},
			null,
			2
		)
	);
	console.log(`Figures written to ${out}`);
} finally {
	await browser.close();
	ours.close();
	baseline.close();
	sameMap.close();
}

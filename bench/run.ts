/**
 * npm run bench — builds the site and the classic baseline, serves both with
 * compression as a CDN would, and measures them in headless Chromium on a
 * throttled phone profile (4x CPU, ~1.6 Mbit/s down, 150 ms round trip,
 * 390x844). Prints a table of medians and spreads with the ratio
 * ours/baseline and writes bench/results/latest.json.
 *
 *   npm run bench                   # 5 runs each
 *   npm run bench -- --runs 9
 *   npm run bench -- --scale        # step-change cost as stories grow (bench/scale.ts)
 */
import { execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/chromium.ts';
import { buildBaseline } from './baseline/build.ts';
import { serveStatic, type Sent } from './lib/server.ts';
import { summarize, type Summary } from './lib/stats.ts';
import { firstViewAssets, totals } from './lib/firstView.ts';
import { scrollThrough, stepIds } from './lib/drive.ts';
import { HEAP_PASSES, measureHeap, SNAPSHOT_PASSES } from './lib/heap.ts';

const args = process.argv.slice(2);
if (args.includes('--scale')) {
	await import('./scale.ts');
	process.exit(0);
}
const RUNS = Number(args[args.indexOf('--runs') + 1]) || 5;
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
	mapReady: number;
	tbt: number;
	bytes: Record<string, number>;
	scrollLongTasks: number;
	scrollLongTaskMs: number;
	stepToCamera: number;
}

async function throttledPage(browser: Browser): Promise<Page> {
	const context = await browser.newContext({
		viewport: PHONE,
		isMobile: true,
		hasTouch: true,
		deviceScaleFactor: 2
	});
	const page = await context.newPage();
	await page.addInitScript({ path: INSTRUMENT });
	const cdp = await context.newCDPSession(page);
	await cdp.send('Network.enable');
	await cdp.send('Network.emulateNetworkConditions', NETWORK);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
	return page;
}

/** Bytes are counted by the server (what a CDN would send, main thread and worker alike) up to map ready. */
async function measureLoad(browser: Browser, url: string, sent: Sent): Promise<Run> {
	const page = await throttledPage(browser);
	sent.reset();
	await page.goto(url, { waitUntil: 'load', timeout: 300_000 });
	await page.waitForFunction(
		() => (window as unknown as { __bench: { mapReady: number } }).__bench.mapReady > 0,
		null,
		{
			timeout: 300_000,
			polling: 200
		}
	);
	await page.waitForTimeout(1000);
	const bytes = { ...sent.bytes };
	const load = await page.evaluate(() => {
		const bench = (
			window as unknown as {
				__bench: { longTasks: [number, number][]; lcp: number; mapReady: number; firstStepText: number };
			}
		).__bench;
		const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0;
		const tbt = bench.longTasks
			.filter(([start]) => start >= fcp && start <= bench.mapReady)
			.reduce((sum, [, duration]) => sum + Math.max(0, duration - 50), 0);
		return {
			fcp,
			lcp: bench.lcp,
			firstStepText: bench.firstStepText,
			mapReady: bench.mapReady,
			tbt,
			longTaskCount: bench.longTasks.length
		};
	});
	const ids = await stepIds(page);
	await page.evaluate(() => performance.clearMarks());
	const before = await page.evaluate(
		() => (window as unknown as { __bench: { longTasks: unknown[] } }).__bench.longTasks.length
	);
	await scrollThrough(page, ids.slice(1), 700);
	const scroll = await page.evaluate((skip) => {
		const tasks = (
			window as unknown as { __bench: { longTasks: [number, number][] } }
		).__bench.longTasks.slice(skip);
		const active = performance.getEntriesByName('storymap:step-active').map((e) => e.startTime);
		const moving = performance.getEntriesByName('storymap:camera-moving').map((e) => e.startTime);
		const latencies = active
			.map((time) => (moving.find((m) => m >= time) ?? NaN) - time)
			.filter((latency) => Number.isFinite(latency));
		latencies.sort((a, b) => a - b);
		return {
			count: tasks.length,
			total: tasks.reduce((sum, [, d]) => sum + d, 0),
			latency: latencies.length ? latencies[Math.floor(latencies.length / 2)] : NaN
		};
	}, before);
	await page.context().close();
	return {
		fcp: load.fcp,
		lcp: load.lcp,
		firstStepText: load.firstStepText,
		mapReady: load.mapReady,
		tbt: load.tbt,
		bytes,
		scrollLongTasks: scroll.count,
		scrollLongTaskMs: scroll.total,
		stepToCamera: scroll.latency
	};
}

function build() {
	console.log('Building the site…');
	execSync('npx vite build', { cwd: root, stdio: 'ignore' });
	console.log('Building the baseline…');
	return buildBaseline();
}

const baselineDir = build();
const ours = await serveStatic(join(root, 'build'), 4310);
const baseline = await serveStatic(baselineDir, 4311);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const pages = { ours: 'http://127.0.0.1:4310/', baseline: 'http://127.0.0.1:4311/' };
const runs: Record<'ours' | 'baseline', Run[]> = { ours: [], baseline: [] };
const servers = { ours, baseline };
try {
	for (let i = 0; i < RUNS; i++)
		for (const name of ['ours', 'baseline'] as const) {
			process.stdout.write(`run ${i + 1}/${RUNS} ${name}… `);
			runs[name].push(await measureLoad(browser, pages[name], servers[name].sent));
			console.log(`map ready ${Math.round(runs[name].at(-1)!.mapReady)} ms`);
		}
	console.log('Heap across scroll-throughs…');
	const heap = {
		ours: await measureHeap(browser, pages.ours, PHONE),
		baseline: await measureHeap(browser, pages.baseline, PHONE)
	};

	const metric = (name: 'ours' | 'baseline', pick: (run: Run) => number) => summarize(runs[name].map(pick));
	const rows: [string, string, (run: Run) => number][] = [
		['first contentful paint', 'ms', (r) => r.fcp],
		['largest contentful paint', 'ms', (r) => r.lcp],
		['first step text visible', 'ms', (r) => r.firstStepText],
		['map ready (data-ready)', 'ms', (r) => r.mapReady],
		['total blocking time (load)', 'ms', (r) => r.tbt],
		['bytes: total', 'KB', (r) => (r.bytes.total ?? 0) / 1024],
		['bytes: document', 'KB', (r) => (r.bytes.document ?? 0) / 1024],
		['bytes: script', 'KB', (r) => (r.bytes.script ?? 0) / 1024],
		['bytes: stylesheet', 'KB', (r) => (r.bytes.stylesheet ?? 0) / 1024],
		['bytes: data', 'KB', (r) => (r.bytes.data ?? 0) / 1024],
		['bytes: other', 'KB', (r) => ((r.bytes.other ?? 0) + (r.bytes.image ?? 0)) / 1024],
		['long tasks in scroll-through', 'count', (r) => r.scrollLongTasks],
		['long-task time in scroll-through', 'ms', (r) => r.scrollLongTaskMs],
		['step active -> camera moving', 'ms', (r) => r.stepToCamera]
	];
	const table: { metric: string; unit: string; ours: Summary; baseline: Summary; ratio: number }[] = rows.map(
		([label, unit, pick]) => {
			const o = metric('ours', pick);
			const b = metric('baseline', pick);
			return { metric: label, unit, ours: o, baseline: b, ratio: o.median / b.median };
		}
	);
	for (const [label, key] of [
		['JS heap after 1 scroll-through', 'afterOne'],
		['JS heap after 10 scroll-throughs', 'afterTen'],
		[`JS heap after ${HEAP_PASSES} scroll-throughs`, 'afterTwenty'],
		[`heap trend, passes 10–${HEAP_PASSES}, per pass`, 'slopeAfterTen'],
		['heap noise, pass to pass (median)', 'noise']
	] as const) {
		const o = heap.ours[key];
		const b = heap.baseline[key];
		table.push({ metric: label, unit: 'MB', ours: summarize([o]), baseline: summarize([b]), ratio: o / b });
	}
	for (const pass of SNAPSHOT_PASSES)
		for (const part of ['objects', 'code'] as const) {
			const o = heap.ours.snapshots[pass][part];
			const b = heap.baseline.snapshots[pass][part];
			table.push({
				metric: `snapshot after ${pass}: ${part === 'code' ? 'compiled code' : 'all but code'}`,
				unit: 'MB',
				ours: summarize([o]),
				baseline: summarize([b]),
				ratio: o / b
			});
		}

	const fmt = (s: Summary) =>
		s.n === 1 ? s.median.toFixed(2) : `${s.median.toFixed(1)} (${s.min.toFixed(1)}–${s.max.toFixed(1)})`;
	console.log(`\nMedians (min–max) over ${RUNS} runs, phone 390x844, 4x CPU, 1.6 Mbit/s, 150 ms RTT\n`);
	console.log(
		`${'metric'.padEnd(36)} ${'unit'.padEnd(6)} ${'ours'.padEnd(26)} ${'baseline'.padEnd(26)} ours/baseline`
	);
	for (const row of table)
		console.log(
			`${row.metric.padEnd(36)} ${row.unit.padEnd(6)} ${fmt(row.ours).padEnd(26)} ${fmt(row.baseline).padEnd(26)} ${Number.isFinite(row.ratio) ? row.ratio.toFixed(2) : '–'}`
		);
	const budget = totals(firstViewAssets(join(root, 'build')));
	console.log(
		`\nFirst-view bytes from the build (gzip): ${(budget.withoutMapLibre / 1024).toFixed(1)} KB without MapLibre, ${(budget.all / 1024).toFixed(1)} KB in all`
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
}

/**
 * npm run bench -- --scale — how a step change and a full scroll-through cost
 * as stories grow: synthetic stories of 10, 100 and 1,000 steps with 100,
 * 1,000 and 10,000 features, plus 1,000 steps over 100 features so the cost of
 * steps alone shows, are built and driven in Chromium (reduced motion, so each
 * step is a camera jump and the cost is the work, not the flight).
 *
 *   npm run bench -- --scale --sizes 1000x10000     # one story only
 *   npm run bench -- --scale --reuse-builds         # measure the stories an earlier run built
 */
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/chromium.ts';
import { serveStatic } from './lib/server.ts';
import { summarize } from './lib/stats.ts';
import { generateStory } from './lib/syntheticStory.ts';

const root = join(import.meta.dirname, '..');
const ALL_SIZES = [
	{ steps: 10, features: 100 },
	{ steps: 100, features: 1000 },
	{ steps: 1000, features: 10000 },
	{ steps: 1000, features: 100 }
];
const args = process.argv.slice(2);
/** `--sizes 1000x10000,10x100`: only these stories (steps x features); all four by default. */
const SIZES = args.includes('--sizes')
	? (args[args.indexOf('--sizes') + 1] ?? '').split(',').map((size) => {
			const [steps, features] = size.split('x').map(Number);
			if (!ALL_SIZES.some((s) => s.steps === steps && s.features === features))
				throw new Error(
					`--sizes: "${size}" is not one of ${ALL_SIZES.map((s) => `${s.steps}x${s.features}`).join(', ')}`
				);
			return { steps, features };
		})
	: ALL_SIZES;
/** `--reuse-builds`: a story already built by an earlier run is measured again, not rebuilt (1,000 steps take a while). */
const REUSE = args.includes('--reuse-builds');
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const results = [];
try {
	for (const [index, size] of SIZES.entries()) {
		const dir = join(tmpdir(), `storymap-scale-${size.steps}-${size.features}`);
		const out = join(dir, 'build');
		if (REUSE && existsSync(join(out, 'index.html'))) {
			console.log(`Measuring the earlier build of ${size.steps} steps, ${size.features} features (${out})…`);
		} else {
			generateStory(dir, size.steps, size.features);
			console.log(`Building ${size.steps} steps, ${size.features} features…`);
			const started = Date.now();
			execSync('npx vite build', {
				cwd: root,
				// The build's errors show; its file list would bury the figures.
				stdio: ['ignore', 'ignore', 'inherit'],
				env: { ...process.env, STORY_ROOT: dir, BUILD_DIR: out }
			});
			console.log(`  built in ${((Date.now() - started) / 1000).toFixed(0)} s`);
		}
		const server = await serveStatic(out, 4320 + index);
		const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
		// Hydrating 1,000 steps and 10,000 place details takes a while on 2 cores.
		page.setDefaultTimeout(600_000);
		// A synthetic story that breaks the page would otherwise show as a ten-minute wait.
		page.on('pageerror', (error) => {
			console.error(`The ${size.steps}-step story failed in the page: ${error.message}`);
			process.exit(1);
		});
		await page.addInitScript({ path: join(import.meta.dirname, 'lib/instrument.js') });
		await page.goto(`http://127.0.0.1:${4320 + index}/`);
		await page.waitForSelector('#story-map[data-ready="true"]');
		await page.getByRole('button', { name: 'Next step' }).waitFor();
		// Interactive: the page's scripts have taken over (StoryPageView marks it when hydration ends).
		const load = await page.evaluate(() => ({
			hydrated: performance.getEntriesByName('storymap:hydrated')[0]?.startTime ?? NaN,
			// When the document had arrived: a large page waits on the server's compression first.
			documentArrived: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming)
				.responseEnd,
			mapReady: (window as unknown as { __bench: { mapReady: number } }).__bench.mapReady
		}));
		console.log(
			`  interactive (hydrated) at ${load.hydrated.toFixed(0)} ms, ${(load.hydrated - load.documentArrived).toFixed(0)} ms after the document arrived; ` +
				`map ready at ${load.mapReady.toFixed(0)} ms: ${Math.max(0, load.hydrated - load.mapReady).toFixed(0)} ms after map ready`
		);

		// Step changes: the Next button, 30 times from the start; cost = step active -> camera
		// settled. Driven from inside the page so the driver's own DOM queries stay out of it.
		const changes = await page.evaluate(
			async (count) => {
				const next = document.querySelector<HTMLButtonElement>('button[aria-label="Next step"]')!;
				const map = document.getElementById('story-map')!;
				const costs: number[] = [];
				for (let i = 1; i <= count; i++) {
					performance.clearMarks();
					const arrived = new Promise<void>((resolve) => {
						const observer = new MutationObserver(() => {
							if (map.dataset.step !== `step-${i}`) return;
							observer.disconnect();
							resolve();
						});
						observer.observe(map, { attributes: true, attributeFilter: ['data-step'] });
					});
					next.click();
					await arrived;
					// Let the frame that shows the step render before the next change.
					await new Promise((resolve) => setTimeout(resolve, 100));
					const active = performance.getEntriesByName('storymap:step-active').at(-1)!.startTime;
					const settled = performance.getEntriesByName('storymap:camera-settled').at(-1)!.startTime;
					costs.push(settled - active);
				}
				return costs;
			},
			Math.min(30, size.steps - 1)
		);

		// A full scroll-through: every step in turn, waiting for its camera.
		await page.evaluate(() => window.scrollTo(0, 0));
		const started = Date.now();
		for (let i = 0; i < size.steps; i++) {
			await page.evaluate((id) => {
				const card = document.getElementById(id)!;
				window.scrollTo({
					top: card.getBoundingClientRect().top + window.scrollY - 0.4 * window.innerHeight,
					behavior: 'instant'
				});
			}, `step-${i}`);
			await page.waitForSelector(`#story-map[data-step="step-${i}"]`);
		}
		const throughMs = Date.now() - started;
		await page.close();
		server.close();
		const change = summarize(changes);
		results.push({
			...size,
			hydratedMs: load.hydrated,
			documentArrivedMs: load.documentArrived,
			mapReadyMs: load.mapReady,
			stepChange: change,
			scrollThroughMs: throughMs,
			perStepMs: throughMs / size.steps
		});
		console.log(
			`  step change ${change.median.toFixed(2)} ms (${change.min.toFixed(2)}–${change.max.toFixed(2)}), scroll-through ${(throughMs / 1000).toFixed(1)} s, ${(throughMs / size.steps).toFixed(1)} ms/step`
		);
	}
} finally {
	await browser.close();
}

console.log(
	'\nsteps  features  hydrated ms (after the document)  map ready ms  step change median (min–max) ms   scroll-through s   ms per step'
);
for (const r of results)
	console.log(
		`${String(r.steps).padEnd(6)} ${String(r.features).padEnd(9)} ${`${r.hydratedMs.toFixed(0)} (${(r.hydratedMs - r.documentArrivedMs).toFixed(0)})`.padEnd(29)} ${r.mapReadyMs.toFixed(0).padEnd(13)} ${`${r.stepChange.median.toFixed(2)} (${r.stepChange.min.toFixed(2)}–${r.stepChange.max.toFixed(2)})`.padEnd(33)} ${(r.scrollThroughMs / 1000).toFixed(1).padEnd(18)} ${r.perStepMs.toFixed(1)}`
	);
mkdirSync(join(import.meta.dirname, 'results'), { recursive: true });
writeFileSync(
	join(import.meta.dirname, 'results/scale.json'),
	JSON.stringify({ date: new Date().toISOString(), results }, null, 2)
);
console.log('Figures written to bench/results/scale.json');

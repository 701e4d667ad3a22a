// The poster: the first step's prerendered map stands where the live map will
// be from first paint; the live map and its code load when the reader engages
// (or the page has been idle a while) and take over without shifting anything.
import { PHONE_MAX_WIDTH } from '../../src/lib/camera/layout.ts';
import { IDLE_START_MS } from '../../src/lib/map/liveMapStart.ts';
import { loadContent } from '../../src/lib/server/content.ts';
import { expect, test, waitForStep } from './fixtures.ts';

const STEPS = loadContent().story.steps;

test('the first step has a map at first paint, and the live map takes over at engagement without a shift', async ({
	page
}) => {
	// In the page from its first byte: layout shifts, the load event, when the live map's element appears
	// and when MapLibre was first requested.
	await page.addInitScript(() => {
		const seen = { shifts: [] as number[], load: 0, live: 0, mapLibre: 0 };
		(window as unknown as { __seen: typeof seen }).__seen = seen;
		new PerformanceObserver((list) => {
			// As cumulative layout shift counts them: not those right after the reader's input.
			for (const entry of list.getEntries() as (PerformanceEntry & {
				value: number;
				hadRecentInput: boolean;
			})[])
				if (!entry.hadRecentInput) seen.shifts.push(entry.value);
		}).observe({ type: 'layout-shift', buffered: true });
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries())
				if (!seen.mapLibre && /maplibre-gl|story-geo\.json|basemap\.json/.test(entry.name))
					seen.mapLibre = entry.startTime;
		}).observe({ type: 'resource', buffered: true });
		addEventListener('load', () => (seen.load = performance.now()));
		new MutationObserver(() => {
			if (!seen.live && document.getElementById('story-map')) seen.live = performance.now();
		}).observe(document, { childList: true, subtree: true });
	});
	await page.goto('/', { waitUntil: 'load' });

	// The poster of the first step covers the map's place, painted: the phone's or the wide screen's.
	const poster = page.locator('.map-poster img');
	const size = (page.viewportSize()?.width ?? 0) > PHONE_MAX_WIDTH ? 'wide' : 'phone';
	await expect
		.poll(() => poster.evaluate((img: HTMLImageElement) => img.currentSrc))
		.toMatch(new RegExp(`/posters/${size}/${STEPS[0].id}\\.svg$`));
	await expect(poster).toHaveAttribute('src', new RegExp(`/posters/phone/${STEPS[0].id}\\.svg$`));
	await expect
		.poll(() => poster.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0))
		.toBe(true);
	const [posterBox, layerBox] = await Promise.all([
		poster.boundingBox(),
		page.locator('.map-layer').boundingBox()
	]);
	expect(posterBox).toEqual(layerBox);

	// A key press is engagement: the live map loads, draws the same step, and the poster goes.
	const pressedAt = await page.evaluate(() => performance.now());
	await page.keyboard.press('Shift');
	await waitForStep(page, STEPS[0].id);
	await expect(page.locator('.map-poster')).toHaveCount(0);
	const seen = await page.evaluate(
		() =>
			(window as unknown as { __seen: { shifts: number[]; load: number; live: number; mapLibre: number } })
				.__seen
	);
	// Nothing of the live map came before the reader engaged (or, on a slow machine, before the idle start).
	const allowedFrom = Math.min(pressedAt, seen.load + IDLE_START_MS);
	expect(seen.live, "the live map's element").toBeGreaterThanOrEqual(allowedFrom);
	expect(seen.mapLibre, 'the first request for the live map').toBeGreaterThanOrEqual(allowedFrom);
	expect(
		seen.shifts.reduce((sum, value) => sum + value, 0),
		'layout shift, load and hand-over'
	).toBe(0);
});

test('an untouched page gets the live map once it has been idle a while', async ({ page }) => {
	await page.addInitScript(() => {
		const seen = { load: 0, live: 0 };
		(window as unknown as { __seen: typeof seen }).__seen = seen;
		addEventListener('load', () => (seen.load = performance.now()));
		new MutationObserver(() => {
			if (!seen.live && document.getElementById('story-map')) seen.live = performance.now();
		}).observe(document, { childList: true, subtree: true });
	});
	await page.goto('/', { waitUntil: 'load' });
	await expect(page.locator('.map-poster img')).toBeVisible();
	await waitForStep(page, STEPS[0].id);
	await expect(page.locator('.map-poster')).toHaveCount(0);
	const seen = await page.evaluate(
		() => (window as unknown as { __seen: { load: number; live: number } }).__seen
	);
	expect(seen.live - seen.load, 'the live map waited for the idle start').toBeGreaterThanOrEqual(
		IDLE_START_MS
	);
});

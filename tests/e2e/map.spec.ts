import { PHONE_MAX_WIDTH } from '../../src/lib/camera/layout.ts';
import { MESSAGES } from '../../src/lib/locale/allMessages.ts';
import { ENGLISH } from '../../src/lib/locale/locale.ts';
import { IDLE_START_MS } from '../../src/lib/map/liveMapStart.ts';
import { loadContent } from '../../src/lib/server/content.ts';
import {
	anchorOf,
	expect,
	expectSameCamera,
	openStory,
	readCamera,
	screenPosition,
	stepIds,
	test,
	waitForStep
} from './fixtures.ts';

/**
 * The live map as a reader handles it, apart from the per-step walk
 * (walk.spec.ts): the poster's hand-over, clicking the map, exploring,
 * the motion toggle, a resize, and what happens when the map's data or its
 * graphics context is lost. Steps and places come from the parsed story.
 */
const { story, places } = loadContent();
const { steps } = story;
const t = MESSAGES.en;
const place = (id: string) => places.find((p) => p.id === id);
/** A step late in the story, with places of its own. */
const later = steps[steps.length - 3];

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
		.toMatch(new RegExp(`/posters/${size}/${steps[0].id}\\.svg$`));
	await expect(poster).toHaveAttribute('src', new RegExp(`/posters/phone/${steps[0].id}\\.svg$`));
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
	await waitForStep(page, steps[0].id);
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

test('an untouched page gets the live map once it has been idle a while', async ({ page, isMobile }) => {
	test.skip(isMobile, 'when the live map starts does not depend on the screen');
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
	await waitForStep(page, steps[0].id);
	await expect(page.locator('.map-poster')).toHaveCount(0);
	const seen = await page.evaluate(
		() => (window as unknown as { __seen: { load: number; live: number } }).__seen
	);
	expect(seen.live - seen.load, 'the live map waited for the idle start').toBeGreaterThanOrEqual(
		IDLE_START_MS
	);
});

test('a step change does not measure every step again', async ({ page }) => {
	await openStory(page, '/');
	const ids = await stepIds(page);
	await page.keyboard.press('Shift');
	await waitForStep(page, ids[0]);
	// Count the layout reads of the steps' sections from here on: the scroller measures them
	// when the layout changes, not when the active step does (a forced layout of every step).
	await page.evaluate(() => {
		const counted = window as unknown as { sectionMeasures: number };
		counted.sectionMeasures = 0;
		const measure = Element.prototype.getBoundingClientRect;
		Element.prototype.getBoundingClientRect = function (this: Element) {
			if (this.classList.contains('scroller-step')) counted.sectionMeasures++;
			return measure.call(this);
		};
	});
	for (const id of ids.slice(1, 4)) {
		await page.getByRole('button', { name: t.nextStep }).click();
		await waitForStep(page, id);
	}
	const measures = await page.evaluate(
		() => (window as unknown as { sectionMeasures: number }).sectionMeasures
	);
	expect(measures, 'sections measured during three step changes').toBeLessThan(ids.length);
});

test('clicking a place on the map opens its details; Escape closes them', async ({ page }) => {
	// A step whose first focus place is a point with figures: its details say what, who reported it, how far.
	const step = steps.find((s) => {
		const first = place(s.focus[0]);
		return first && first.precision === 'exact' && (first.figures?.length ?? 0) > 0;
	})!;
	const target = place(step.focus[0])!;
	await page.goto(`/?step=${step.id}`);
	await waitForStep(page, step.id);
	const { x, y } = await screenPosition(page, await anchorOf(page, target.id));
	await page.mouse.click(x, y);
	const dialog = page.getByRole('dialog', { name: target.name });
	await expect(dialog).toBeVisible();
	const figure = target.figures![0];
	await expect(dialog).toContainText(typeof figure === 'string' ? figure : figure.text);
	await expect(dialog).toContainText(target.sources[0].outlet);
	const origin = place(story.distanceFrom!)!;
	await expect(dialog).toContainText(t.aboutKmFrom(ENGLISH.km(target.distanceKm!), origin.name));
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
});

test('the closing step hands the reader the map', async ({ page }) => {
	const closing = steps.find((s) => s.explore)!;
	await page.goto(`/?step=${closing.id}`);
	const before = await waitForStep(page, closing.id);
	const box = (await page.locator('#story-map').boundingBox())!;
	// Zoom in with the wheel over the map, away from the text column.
	await page.mouse.move(box.x + box.width * 0.8, box.y + box.height * 0.3);
	if (page.viewportSize()!.width > PHONE_MAX_WIDTH) {
		await page.mouse.wheel(0, -600);
		await expect.poll(async () => (await readCamera(page)).zoom).toBeGreaterThan(before.zoom + 0.2);
	}
	await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText('Natural Earth');
	await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText('MapLibre');
	await expect(page.locator('.maplibregl-ctrl-scale')).toHaveText(/^\d[\d,.]*\s?k?m$/);
});

test('explore the map, then back to the story restores the step exactly', async ({ page }) => {
	// A step in the middle of the story that the reader may explore.
	const step = steps.slice(Math.floor(steps.length / 2)).find((s) => !s.explore)!;
	await page.goto(`/?step=${step.id}`);
	const before = await waitForStep(page, step.id);
	await page.locator(`article#${step.id} button.explore-button`).click();
	const box = (await page.locator('#story-map').boundingBox())!;
	if (page.viewportSize()!.width > PHONE_MAX_WIDTH) {
		await page.mouse.move(box.x + box.width * 0.75, box.y + box.height * 0.5);
		await page.mouse.wheel(0, -500);
	} else {
		// Touch screens move the map with two fingers, which Playwright cannot pinch: use the map's zoom key.
		await page.locator('#story-map canvas').focus();
		await page.keyboard.press('Equal');
	}
	await expect.poll(async () => (await readCamera(page)).zoom).toBeGreaterThan(before.zoom + 0.2);
	await page.getByRole('button', { name: t.backToStory }).click();
	await expect.poll(async () => Math.abs((await readCamera(page)).zoom - before.zoom)).toBeLessThan(2e-3);
	const after = await readCamera(page);
	expect(Math.abs(after.center[0] - before.center[0])).toBeLessThan(1e-4);
	expect(Math.abs(after.center[1] - before.center[1])).toBeLessThan(1e-4);
});

test('the motion toggle overrides the system setting and is remembered', async ({ page }) => {
	await openStory(page, '/');
	const toggle = page.getByRole('button', { name: /^Animation/ });
	await expect(toggle).toHaveText(t.animation(false));
	await toggle.click();
	await expect(toggle).toHaveText(t.animation(true));
	await waitForStep(page, steps[0].id);
	await page.getByRole('button', { name: t.nextStep }).click();
	await waitForStep(page, steps[1].id);
	expect(Number(await page.locator('#story-map').getAttribute('data-camera-frames'))).toBeGreaterThan(1);

	await page.reload();
	await expect(page.locator('.story')).toHaveAttribute('data-map-mode', /.+/);
	await expect(page.getByRole('button', { name: /^Animation/ })).toHaveText(t.animation(true));
	await page.getByRole('button', { name: /^Animation/ }).click();
	await expect(page.getByRole('button', { name: /^Animation/ })).toHaveText(t.animation(false));
	await page.reload();
	await expect(page.getByRole('button', { name: /^Animation/ })).toHaveText(t.animation(false));
});

test('a resize re-frames the current step as a deep link at the new size would', async ({ page }) => {
	await page.goto(`/?step=${later.id}`);
	const before = await waitForStep(page, later.id);
	const size = page.viewportSize()!;
	await page.setViewportSize({ width: size.height, height: size.width });
	// Wait for the re-framed camera, then for it to hold still.
	await expect.poll(async () => (await readCamera(page)).bounds.join()).not.toBe(before.bounds.join());
	let previous = '';
	await expect
		.poll(async () => {
			const current = JSON.stringify(await readCamera(page));
			const stable = current === previous;
			previous = current;
			return stable;
		})
		.toBe(true);
	const resized = await readCamera(page);
	await page.goto(`/?step=${later.id}`);
	expectSameCamera(await waitForStep(page, later.id), resized, 'resized vs deep link at the new size');
});

test('a lost WebGL context falls back to static maps, and the map returns when it is restored', async ({
	page
}) => {
	const second = steps[1];
	await page.goto(`/?step=${second.id}`);
	await waitForStep(page, second.id);
	await page.evaluate(() => {
		const canvas = document.querySelector<HTMLCanvasElement>('#story-map canvas')!;
		const gl = canvas.getContext('webgl2')!;
		(window as unknown as { lose: WEBGL_lose_context }).lose = gl.getExtension('WEBGL_lose_context')!;
		(window as unknown as { lose: WEBGL_lose_context }).lose.loseContext();
	});
	await expect(page.locator('.story')).toHaveAttribute('data-map-mode', 'static');
	await expect(page.getByRole('status').filter({ hasText: t.mapContextLost })).toBeVisible();
	const image = page.locator(`article#${second.id} img.static-map`);
	await expect(image).toBeVisible();
	await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);

	await page.evaluate(() => (window as unknown as { lose: WEBGL_lose_context }).lose.restoreContext());
	await expect(page.locator('.story')).toHaveAttribute('data-map-mode', 'map');
	await waitForStep(page, second.id);
});

test('a geo file that fails to load gives a notice and a readable story', async ({ page }) => {
	await page.route('**/story-geo.json', (route) => route.abort());
	await page.goto(`/?step=${later.id}`);
	await expect(page.getByRole('status').filter({ hasText: t.mapDataFailed })).toBeVisible();
	await expect(page.locator('.story')).toHaveAttribute('data-map-mode', 'static');
	await expect(page.locator(`article#${later.id}`)).toContainText(later.title);
	await expect(page.locator(`article#${later.id} img.static-map`)).toBeVisible();
	const target = place(later.focus[0])!;
	await page.locator(`#places button[data-place="${target.id}"]`).click();
	await expect(page.getByRole('dialog', { name: target.name })).toBeVisible();
});

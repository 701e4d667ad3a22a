import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { storyLayout } from '../../src/lib/camera/layout.ts';

/** The host-page fixture's origin: a different port, so a different origin. */
export const HOST_ORIGIN = 'http://localhost:4180';

/** MapLibre's module: held back, the page stays on its poster path (the map a reader sees before engaging). */
const MAPLIBRE = /\/maplibre-gl\.[\w-]+\.mjs$/;

/**
 * Every browser test fails on an uncaught page error, a request that leaves
 * the site's own origin (or the host fixture's), or a Content-Security-Policy
 * violation, in any frame.
 *
 * `liveMap: false` (test.use) holds MapLibre's module back for the whole test:
 * the page is the one a reader gets before engaging, its map the prerendered
 * poster. Tests about words, dialogs, keys, print and axe use it, so the
 * software WebGL renderer draws nothing they do not look at.
 */
export const test = base.extend<{ guard: void; liveMap: boolean }>({
	liveMap: [true, { option: true }],
	guard: [
		async ({ page, baseURL, liveMap }, use) => {
			const errors: string[] = [];
			const foreign: string[] = [];
			const csp: string[] = [];
			if (!liveMap) await holdLiveMap(page);
			page.on('console', (message) => {
				if (message.text().includes('Content Security Policy')) csp.push(message.text());
			});
			await page.addInitScript(() =>
				document.addEventListener('securitypolicyviolation', (event) =>
					console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`)
				)
			);
			const allowed = [new URL(baseURL!).origin, HOST_ORIGIN];
			page.on('pageerror', (error) => errors.push(error.message));
			page.on('request', (request) => {
				const url = request.url();
				if (url.startsWith('data:') || url.startsWith('blob:')) return;
				if (!allowed.includes(new URL(url).origin)) foreign.push(url);
			});
			await use();
			expect(errors, 'page errors').toEqual([]);
			expect(foreign, 'requests outside the site').toEqual([]);
			expect(csp, 'Content Security Policy violations').toEqual([]);
		},
		{ auto: true }
	]
});
export { expect };

/** Requests for MapLibre's module are left unanswered: the live map never starts. */
export async function holdLiveMap(target: Page | BrowserContext) {
	await target.route(MAPLIBRE, () => {});
}

/** From here on MapLibre loads (a page that held it back goes on to pages that need it). */
export async function releaseLiveMap(target: Page | BrowserContext) {
	await target.unroute(MAPLIBRE);
}

export interface MapCamera {
	step: string;
	center: [number, number];
	zoom: number;
	bounds: [number, number, number, number];
}

const numbers = (value: string | undefined) => (value ?? '').split(',').map(Number);

/** A page, or the frame an embed runs in. */
type Scope = Pick<Page, 'locator'>;

export async function readCamera(page: Scope): Promise<MapCamera> {
	const data = await page.locator('#story-map').evaluate((el) => ({ ...(el as HTMLElement).dataset }));
	return {
		step: data.step ?? '',
		center: numbers(data.center) as [number, number],
		zoom: Number(data.zoom),
		bounds: numbers(data.bounds) as MapCamera['bounds']
	};
}

/**
 * Waits until the map element publishes `want` (data-* values by their
 * dataset names) and is ready, told by the attributes changing rather than by
 * polling, so a wait ends the moment the map publishes. While it waits it asks
 * for animation frames: headless Chromium otherwise spaces out the frames of a
 * page whose only frames are the map's, and a map's fades and settling take
 * seconds longer than they do in a browser anyone uses.
 */
export async function waitForMap(page: Scope, want: Record<string, string>, label: string) {
	const map = page.locator('#story-map');
	await map.waitFor({ state: 'attached' });
	const problem = await map.evaluate(
		(element, { want, timeout }) =>
			new Promise<string>((resolve) => {
				const el = element as HTMLElement;
				const done = () =>
					el.dataset.ready === 'true' &&
					Object.entries(want).every(([key, value]) => el.dataset[key] === value);
				if (done()) return resolve('');
				let waiting = true;
				const pump = () => waiting && requestAnimationFrame(pump);
				requestAnimationFrame(pump);
				const finish = (problem: string) => {
					waiting = false;
					observer.disconnect();
					clearTimeout(timer);
					resolve(problem);
				};
				const timer = setTimeout(
					() => finish(`after ${timeout} ms the map publishes ${JSON.stringify({ ...el.dataset })}`),
					timeout
				);
				const observer = new MutationObserver(() => done() && finish(''));
				observer.observe(el, { attributes: true });
			}),
		{ want, timeout: 30_000 }
	);
	expect(problem, label).toBe('');
}

/** Waits until the map has settled on the step's camera (published on moveend). */
export async function waitForStep(page: Scope, stepId: string): Promise<MapCamera> {
	await waitForMap(page, { step: stepId }, `the map settles on step "${stepId}"`);
	return readCamera(page);
}

/** Waits until the map has drawn everything it is about to (tiles, labels, fades): MapLibre's `idle`. */
export async function waitForIdle(page: Scope) {
	await page.locator('#story-map').evaluate(
		(element) =>
			new Promise((done) => {
				const map = (element as HTMLElement & { storyMap: import('maplibre-gl').Map }).storyMap;
				// Frames asked for while waiting (see waitForMap).
				let waiting = true;
				const pump = () => waiting && requestAnimationFrame(pump);
				requestAnimationFrame(pump);
				map.once('idle', () => {
					waiting = false;
					done(undefined);
				});
				map.triggerRepaint();
			})
	);
}

export function expectSameCamera(actual: MapCamera, expected: MapCamera, label: string) {
	expect(actual.step, label).toBe(expected.step);
	// Longitudes compare round the globe: a view across the 180th meridian may publish either copy.
	const dLon = Math.abs(((actual.center[0] - expected.center[0] + 540) % 360) - 180);
	expect(dLon, `${label}: longitude`).toBeLessThan(1e-4);
	expect(Math.abs(actual.center[1] - expected.center[1]), `${label}: latitude`).toBeLessThan(1e-4);
	expect(Math.abs(actual.zoom - expected.zoom), `${label}: zoom`).toBeLessThan(2e-3);
}

/**
 * A tap in the page or frame: engagement, so an embed's live map starts now
 * rather than when its frame has been on screen and idle a while.
 */
export async function engage(scope: Scope) {
	// Until the live map's element is there: a tap before the page has hydrated goes unheard.
	await expect(async () => {
		await scope.locator('body').dispatchEvent('pointerdown');
		await expect(scope.locator('#story-map')).toBeAttached({ timeout: 1000 });
	}).toPass({ timeout: 30_000 });
}

/** Opens a story page and waits until its scripts have taken over the prerendered page (hydrated). */
export async function openStory(page: Page, path: string) {
	await page.goto(path);
	await expect(page.locator('.story')).toHaveAttribute('data-map-mode', /.+/);
}

/** Step ids in story order, from the prerendered cards. */
export async function stepIds(page: Page): Promise<string[]> {
	return page.locator('article.step').evaluateAll((cards) => cards.map((card) => card.id));
}

/** Where the page scrolls a step's card to be read: its top at the layout's reading line. */
export async function readingPosition(page: Page, stepId: string): Promise<number> {
	const { readingLine } = storyLayout(page.viewportSize()!);
	return page.evaluate(
		([id, line]) =>
			document.getElementById(id)!.getBoundingClientRect().top + window.scrollY - line * window.innerHeight,
		[stepId, readingLine] as const
	);
}

/** Scrolls as a reader would, so the step's card sits where it is read (the layout's reading line). */
export async function scrollToStep(page: Page, stepId: string) {
	const top = await readingPosition(page, stepId);
	await page.evaluate((y) => window.scrollTo({ top: y, behavior: 'instant' }), top);
}

/**
 * The index of the step the page considers active, from its step counter
 * (in any edition's digits: "3 / 11", "۳ / ۱۱"), once it reads `index`: what a
 * reader sees whether or not the live map has started.
 */
export async function waitForActive(page: Page, index: number) {
	await page.waitForFunction(
		(expected) => {
			const text = document.querySelector('.step-nav-count')?.textContent ?? '';
			const latin = text.replace(/[۰-۹]/g, (digit) => String('۰۱۲۳۴۵۶۷۸۹'.indexOf(digit)));
			return Number(latin.split('/')[0]) === expected + 1;
		},
		index,
		{ polling: 'raf' }
	);
}

function mercatorY(lat: number) {
	const sin = Math.sin((lat * Math.PI) / 180);
	return 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI);
}

/** Screen position of a point, from the map's published bounds (bearing and pitch 0). */
export async function screenPosition(page: Scope, [lon, lat]: [number, number]) {
	const camera = await readCamera(page);
	const box = (await page.locator('#story-map').boundingBox())!;
	const [west, south, east, north] = camera.bounds;
	// The copy of the point the view shows: across the 180th meridian the bounds run past 180.
	const shown = west + ((((lon - west) % 360) + 360) % 360);
	return {
		x: box.x + ((shown - west) / (east - west)) * box.width,
		y: box.y + ((mercatorY(lat) - mercatorY(north)) / (mercatorY(south) - mercatorY(north))) * box.height
	};
}

export async function anchorOf(page: Page, placeId: string): Promise<[number, number]> {
	const anchor = await page.locator(`#place-${placeId}`).getAttribute('data-anchor');
	return numbers(anchor ?? undefined) as [number, number];
}

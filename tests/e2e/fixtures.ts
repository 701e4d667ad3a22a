import { test as base, expect, type Page } from '@playwright/test';
import { storyLayout } from '../../src/lib/camera/layout.ts';
import { decodeStoryGeo, type StoryGeoWire } from '../../src/lib/geo/wire.ts';

/** The host-page fixture's origin: a different port, so a different origin. */
export const HOST_ORIGIN = 'http://localhost:4180';

/**
 * Every browser test fails on an uncaught page error, a request that leaves
 * the site's own origin (or the host fixture's), or a Content-Security-Policy
 * violation, in any frame.
 */
export const test = base.extend<{ guard: void }>({
	guard: [
		async ({ page, baseURL }, use) => {
			const errors: string[] = [];
			const foreign: string[] = [];
			const csp: string[] = [];
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

/** Waits until the map has settled on the step's camera (published on moveend). */
export async function waitForStep(page: Scope, stepId: string): Promise<MapCamera> {
	await expect(page.locator('#story-map')).toHaveAttribute('data-ready', 'true');
	await expect(page.locator('#story-map')).toHaveAttribute('data-step', stepId);
	return readCamera(page);
}

export function expectSameCamera(actual: MapCamera, expected: MapCamera, label: string) {
	expect(actual.step, label).toBe(expected.step);
	expect(Math.abs(actual.center[0] - expected.center[0]), `${label}: longitude`).toBeLessThan(1e-4);
	expect(Math.abs(actual.center[1] - expected.center[1]), `${label}: latitude`).toBeLessThan(1e-4);
	expect(Math.abs(actual.zoom - expected.zoom), `${label}: zoom`).toBeLessThan(2e-3);
}

/** Step ids in story order, from the prerendered cards. */
export async function stepIds(page: Page): Promise<string[]> {
	return page.locator('article.step').evaluateAll((cards) => cards.map((card) => card.id));
}

/** Scrolls as a reader would, so the step's card sits where it is read (the layout's reading line). */
export async function scrollToStep(page: Page, stepId: string) {
	const { readingLine } = storyLayout(page.viewportSize()!);
	await page.evaluate(
		([id, line]) => {
			const card = document.getElementById(id)!;
			const top = card.getBoundingClientRect().top + window.scrollY - line * window.innerHeight;
			window.scrollTo({ top, behavior: 'instant' });
		},
		[stepId, readingLine] as const
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

/** Coordinates of a point place, from the map data the site serves. */
export async function pointOf(page: Page, placeId: string): Promise<[number, number]> {
	const geo = decodeStoryGeo((await (await page.request.get('/story-geo.json')).json()) as StoryGeoWire);
	for (const layer of geo.layers)
		for (const feature of layer.data.features)
			if (feature.properties?.id === placeId && feature.geometry.type === 'Point')
				return feature.geometry.coordinates as [number, number];
	throw new Error(`No point place "${placeId}" in story-geo.json`);
}

/**
 * The step the page considers active now (the step counter follows it at once),
 * after the scroll handler has had its frame; then waits for its camera.
 */
export async function activeStep(page: Page, ids: string[]): Promise<string> {
	await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
	// Any edition's digits: "3 / 11", "۳ / ۱۱".
	const count = (await page.locator('.step-nav-count').textContent())!.replace(/[۰-۹]/g, (digit) =>
		String('۰۱۲۳۴۵۶۷۸۹'.indexOf(digit))
	);
	const index = Number(count.split('/')[0]) - 1;
	await waitForStep(page, ids[index]);
	return ids[index];
}

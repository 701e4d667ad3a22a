import { test as base, expect, type Page } from '@playwright/test';
import { storyLayout } from '../../src/lib/camera/layout.ts';

/**
 * Every browser test fails on an uncaught page error or on a request that
 * leaves the site's own origin.
 */
export const test = base.extend<{ guard: void }>({
	guard: [
		async ({ page, baseURL }, use) => {
			const errors: string[] = [];
			const foreign: string[] = [];
			const origin = new URL(baseURL!).origin;
			page.on('pageerror', (error) => errors.push(error.message));
			page.on('request', (request) => {
				const url = request.url();
				if (url.startsWith('data:') || url.startsWith('blob:')) return;
				if (new URL(url).origin !== origin) foreign.push(url);
			});
			await use();
			expect(errors, 'page errors').toEqual([]);
			expect(foreign, 'requests outside the site').toEqual([]);
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

export async function readCamera(page: Page): Promise<MapCamera> {
	const data = await page.locator('#story-map').evaluate((el) => ({ ...(el as HTMLElement).dataset }));
	return {
		step: data.step ?? '',
		center: numbers(data.center) as [number, number],
		zoom: Number(data.zoom),
		bounds: numbers(data.bounds) as MapCamera['bounds']
	};
}

/** Waits until the map has settled on the step's camera (published on moveend). */
export async function waitForStep(page: Page, stepId: string): Promise<MapCamera> {
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
export async function screenPosition(page: Page, [lon, lat]: [number, number]) {
	const camera = await readCamera(page);
	const box = (await page.locator('#story-map').boundingBox())!;
	const [west, south, east, north] = camera.bounds;
	return {
		x: box.x + ((lon - west) / (east - west)) * box.width,
		y: box.y + ((mercatorY(lat) - mercatorY(north)) / (mercatorY(south) - mercatorY(north))) * box.height
	};
}

export async function anchorOf(page: Page, placeId: string): Promise<[number, number]> {
	const anchor = await page.locator(`#place-${placeId}`).getAttribute('data-anchor');
	return numbers(anchor ?? undefined) as [number, number];
}

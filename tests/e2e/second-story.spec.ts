import type { Page } from '@playwright/test';
import { SECOND_STORY } from '../../playwright.config.ts';
import { contentPaths, loadContent } from '../../src/lib/server/content.ts';
import { anchorOf, expect, screenPosition, test, waitForStep } from './fixtures.ts';

/**
 * The second story (tests/fixtures/pacific), built from content alone: every
 * step reached and framed at both sizes, with the short way across the 180th
 * meridian; a place's details; the whole narrative without scripts; no errors.
 */
const content = loadContent(contentPaths({ STORY_DIR: SECOND_STORY.dir }));
const { steps } = content.story;

async function focusOnMap(page: Page, stepId: string, focus: string[]) {
	const box = (await page.locator('#story-map').boundingBox())!;
	const height = page.viewportSize()!.height;
	for (const placeId of focus) {
		const { x, y } = await screenPosition(page, await anchorOf(page, placeId));
		const where = `${placeId} at step ${stepId} (${x.toFixed(0)}, ${y.toFixed(0)})`;
		expect(x >= box.x && x <= box.x + box.width, `${where}: inside the map`).toBe(true);
		expect(y >= Math.max(0, box.y) && y <= Math.min(height, box.y + box.height), `${where}: on screen`).toBe(
			true
		);
		const onMap = await page.evaluate(
			([px, py]) => Boolean(document.elementFromPoint(px, py)?.closest('#story-map')),
			[x, y]
		);
		expect(onMap, `${where}: not covered`).toBe(true);
	}
}

for (const step of steps)
	test(`second story, step ${step.id}: reached by a deep link and framed, the short way round`, async ({
		page
	}) => {
		await page.goto(`/?step=${step.id}`);
		const camera = await waitForStep(page, step.id);
		await expect(page.locator('.step-nav-count')).toHaveText(`${steps.indexOf(step) + 1} / ${steps.length}`);
		await focusOnMap(page, step.id, step.focus);
		// A frame across the 180th meridian is seen as a region, not as the whole world.
		const [west, , east] = content.frames[step.id];
		if (east > 180) expect(camera.zoom, 'the short way across the meridian').toBeGreaterThan(3);
		expect(west).toBeLessThanOrEqual(east);
	});

test('second story: a place opens its details from the step card', async ({ page }) => {
	const step = steps[0];
	const place = content.places.find((p) => p.id === step.focus[0])!;
	await page.goto(`/?step=${step.id}`);
	await waitForStep(page, step.id);
	await page.locator(`article#${step.id}`).getByRole('button', { name: place.name }).click();
	await expect(page.getByRole('dialog', { name: place.name })).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('second story: without scripts, the whole narrative and every place are in the page', async ({
	browser
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/');
	for (const step of steps) {
		await expect(page.getByRole('heading', { name: step.title, level: 2 })).toBeVisible();
		await expect(page.locator(`article#${step.id} img.static-map`)).toHaveCount(1);
	}
	for (const place of content.places) await expect(page.locator(`#place-${place.id}`)).toHaveCount(1);
	await context.close();
});

test('built without SITE_URL: share pages keep their text tags and leave out every absolute one', async ({
	request
}) => {
	for (const path of [`/step/${steps[0].id}/`, '/', '/embed/']) {
		const html = await (await request.get(path)).text();
		if (path !== '/embed/') expect(html, path).toContain('property="og:title"');
		expect(html, path).not.toContain('og:image');
		expect(html, path).not.toContain('og:url');
		expect(html, path).not.toContain('rel="canonical"');
	}
});

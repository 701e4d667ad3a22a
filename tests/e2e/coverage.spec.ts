import type { Page } from '@playwright/test';
import { activeStep, anchorOf, expect, screenPosition, stepIds, test, waitForStep } from './fixtures.ts';

const nextFrame = (page: Page) => page.evaluate(() => new Promise((done) => requestAnimationFrame(done)));

/**
 * At every scroll position through the story (sampled every 0.3 screen
 * heights) while the map is pinned on screen, every focus place of the active
 * step is on the visible map and nothing covers it: the element at its pixel
 * is the map itself, not a card, a control or the page.
 */
test('while a step is read, its places are on the visible map and nothing covers them', async ({ page }) => {
	await page.goto('/');
	const ids = await stepIds(page);
	await waitForStep(page, ids[0]);
	const height = page.viewportSize()!.height;
	const end = await page.evaluate(() => {
		const story = document.querySelector('.story')!.getBoundingClientRect();
		return story.bottom + window.scrollY - window.innerHeight;
	});
	let checked = 0;
	for (let y = 0; y <= end; y += Math.floor(0.3 * height)) {
		await page.evaluate((top) => window.scrollTo({ top, behavior: 'instant' }), y);
		await nextFrame(page);
		await nextFrame(page);
		const mapBox = (await page.locator('#story-map').boundingBox())!;
		if (mapBox.y < 0) continue; // the story is ending: its map scrolls away with it
		const id = await activeStep(page, ids);
		await expect(page.locator('#story-map')).toHaveAttribute('data-moving', 'false');
		const focus = ((await page.locator(`article#${id}`).getAttribute('data-focus')) ?? '').split(',');
		for (const placeId of focus.filter(Boolean)) {
			const { x, y: py } = await screenPosition(page, await anchorOf(page, placeId));
			const where = `${placeId} at step ${id}, scrolled to ${y} (${x.toFixed(0)}, ${py.toFixed(0)})`;
			expect(x >= mapBox.x && x <= mapBox.x + mapBox.width, `${where}: inside the map`).toBe(true);
			expect(
				py >= Math.max(0, mapBox.y) && py <= Math.min(height, mapBox.y + mapBox.height),
				`${where}: on screen`
			).toBe(true);
			const onMap = await page.evaluate(
				([px, qy]) => Boolean(document.elementFromPoint(px, qy)?.closest('#story-map')),
				[x, py] as const
			);
			expect(onMap, `${where}: not covered`).toBe(true);
		}
		checked++;
	}
	expect(checked).toBeGreaterThan(ids.length);
});

import { mapStateFor } from '../../src/lib/camera/mapState.ts';
import { LOCATOR_MIN_ZOOM, LOCATOR_REFERENCE_VIEWPORT } from '../../src/lib/geo/locator.ts';
import { loadContent } from '../../src/lib/server/content.ts';
import { expect, test, waitForStep } from './fixtures.ts';

const content = loadContent();
/** Steps seen closer than a region on the reference screen: the ones with an inset. */
const closeUps = content.story.steps
	.filter(
		(step) =>
			mapStateFor(step, content.frames[step.id], LOCATOR_REFERENCE_VIEWPORT).camera.zoom > LOCATOR_MIN_ZOOM
	)
	.map((step) => step.id);
const NAMED = /^Locator: the view is (in|near) \S/;

test('close-up steps carry a named locator inset and a scale; wider views no inset', async ({ page }) => {
	for (const step of content.story.steps) {
		await page.goto(`/?step=${step.id}`);
		await waitForStep(page, step.id);
		const inset = page.locator('.map-layer img.locator-inset');
		await expect(page.locator('.maplibregl-ctrl-scale')).toBeVisible();
		if (!closeUps.includes(step.id)) {
			await expect(inset, step.id).toHaveCount(0);
			continue;
		}
		await expect(inset, step.id).toBeVisible();
		await expect(inset).toHaveAttribute('alt', NAMED);
		await expect
			.poll(() => inset.evaluate((img: HTMLImageElement) => img.naturalWidth), step.id)
			.toBeGreaterThan(0);
		// The inset covers no step text (on phones the text is below the map).
		const box = (await inset.boundingBox())!;
		const card = (await page.locator(`article#${step.id}`).boundingBox())!;
		const overlaps =
			box.x < card.x + card.width &&
			box.x + box.width > card.x &&
			box.y < card.y + card.height &&
			box.y + box.height > card.y;
		expect(overlaps, `${step.id}: inset over the text`).toBe(false);
	}
});

test('the stepper embed shows the inset of a close-up step', async ({ page }) => {
	const id = closeUps[0];
	await page.goto(`/embed/?step=${id}`);
	await waitForStep(page, id);
	await expect(page.locator('img.locator-inset')).toHaveAttribute('alt', NAMED);
});

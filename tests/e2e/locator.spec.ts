import { loadContent } from '../../src/lib/server/content.ts';
import { locatorsFor } from '../../src/lib/server/locators.ts';
import { expect, test, waitForStep } from './fixtures.ts';

const content = loadContent();
const locators = locatorsFor(content);

test('close-up steps carry a named locator inset and a scale; wider views no inset', async ({ page }) => {
	for (const step of content.story.steps) {
		await page.goto(`/?step=${step.id}`);
		await waitForStep(page, step.id);
		const inset = page.locator('.map-layer img.locator-inset');
		await expect(page.locator('.maplibregl-ctrl-scale')).toBeVisible();
		if (!locators[step.id]) {
			await expect(inset, step.id).toHaveCount(0);
			continue;
		}
		await expect(inset, step.id).toBeVisible();
		await expect(inset).toHaveAttribute('alt', locators[step.id].label);
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
	const id = Object.keys(locators)[0];
	await page.goto(`/embed/?step=${id}`);
	await waitForStep(page, id);
	await expect(page.locator('img.locator-inset')).toHaveAttribute('alt', locators[id].label);
});

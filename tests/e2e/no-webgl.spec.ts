import { CHROMIUM_ARGS, chromiumPath } from '../chromium.ts';
import { loadContent } from '../../src/lib/server/content.ts';
import { engage, expect, stepIds, test } from './fixtures.ts';

const { story, places } = loadContent();

test.use({
	launchOptions: {
		executablePath: chromiumPath(),
		args: [...CHROMIUM_ARGS, '--disable-webgl', '--disable-3d-apis']
	}
});

test('without WebGL, static maps stand in for every step and the narrative and details are complete', async ({
	page
}) => {
	await page.goto('/');
	await expect(page.getByRole('status').filter({ hasText: 'WebGL is unavailable' })).toBeVisible();
	await expect(page.locator('.story')).toHaveAttribute('data-map-mode', 'static');
	const ids = await stepIds(page);
	for (const id of ids) {
		const image = page.locator(`article#${id} img.static-map`);
		await image.scrollIntoViewIfNeeded();
		await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
		await expect(page.locator(`article#${id} .map-description`)).toBeVisible();
	}
	const place = places.find((p) => p.figures?.length)!;
	await page.locator(`#places button[data-place="${place.id}"]`).click();
	await expect(page.getByRole('dialog', { name: place.name })).toContainText(place.summary);
	await page.keyboard.press('Escape');

	const step = story.steps[1];
	await page.goto(`/embed/?step=${step.id}`);
	await engage(page);
	await expect(page.locator('img.embed-static')).toBeVisible();
	await expect(page.locator('img.embed-static')).toHaveAttribute('alt', step.mapDescription);
});

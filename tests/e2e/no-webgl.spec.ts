import { CHROMIUM_ARGS, chromiumPath } from '../chromium.ts';
import { expect, stepIds, test } from './fixtures.ts';

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
	await page.locator('#places button[data-place="kerman-bombings"]').click();
	await expect(page.getByRole('dialog', { name: 'Kerman bombings' })).toContainText('284 injured');
	await page.keyboard.press('Escape');

	await page.goto('/embed/?step=baghdad');
	await expect(page.locator('img.embed-static')).toBeVisible();
	await expect(page.locator('img.embed-static')).toHaveAttribute('alt', /Soleimani strike site/);
});

import { sourceLabel } from '../../src/lib/places/format.ts';
import { loadContent } from '../../src/lib/server/content.ts';
import { expect, test } from './fixtures.ts';
import { ENGLISH } from '../../src/lib/locale/locale.ts';

test.use({ javaScriptEnabled: false });

test('without JavaScript the whole narrative, the place list and the details are in the page', async ({
	page
}) => {
	await page.goto('/');
	const { story, places } = loadContent();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.title);
	const steps = page.locator('article.step');
	await expect(steps).toHaveCount(story.steps.length);
	for (const step of story.steps) {
		const card = page.locator(`article#${step.id}`);
		await expect(card.locator('h2')).toHaveText(step.title);
		await expect(card.locator('.map-description')).toContainText(step.mapDescription);
		expect(await card.locator('p').count()).toBeGreaterThan(1);
	}
	for (const step of story.steps)
		for (const paragraph of step.body)
			await expect(page.locator(`article#${step.id}`)).toContainText(
				paragraph.map((token) => token.text).join('')
			);

	const links = page.locator('#places a.place-button');
	expect(await links.count()).toBeGreaterThan(15);
	for (const link of await links.all()) {
		const target = (await link.getAttribute('href'))!;
		await expect(page.locator(target)).toContainText('Sources');
	}
	for (const id of await steps.evaluateAll((cards) => cards.map((card) => card.id))) {
		const image = page.locator(`article#${id} img.static-map`);
		await image.scrollIntoViewIfNeeded();
		await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
	}
	await expect(page.locator('.map-layer')).toBeHidden();
	// The last place in the list: its link scrolls furthest.
	const last = places[places.length - 1];
	await page.locator(`#places a[data-place="${last.id}"]`).click();
	await expect(page).toHaveURL(new RegExp(`#place-${last.id}$`));
	await expect(page.locator(`#place-${last.id}`)).toBeInViewport();
	await expect(page.locator(`#place-${last.id}`)).toContainText(sourceLabel(last.sources[0], ENGLISH));
});

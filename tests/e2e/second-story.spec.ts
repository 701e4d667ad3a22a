import { SECOND_STORY } from '../../playwright.config.ts';
import { contentPaths } from '../../src/lib/server/content.ts';
import { loadEdition } from '../../src/lib/server/editions.ts';
import { frameCrossesAntimeridian } from '../../src/lib/geo/geometry.ts';
import { expect, expectSameCamera, test, waitForStep } from './fixtures.ts';
import { walkStory } from './walk.ts';

/**
 * The second story (tests/fixtures/pacific), built from content alone: the
 * same walk as the first story's, at both sizes, with the short way across the
 * 180th meridian; a place's details; the whole narrative without scripts; the
 * pages of a build without SITE_URL.
 */
const edition = loadEdition('en', contentPaths({ STORY_DIR: SECOND_STORY.dir }), () => {});
const { steps } = edition.story;

test('second story: every step of the walk, framed the short way across the 180th meridian', async ({
	page
}) => {
	const walked = await walkStory(page, edition);
	// A frame across the meridian is seen as a region, not as the whole world.
	const across = steps.filter((step) => frameCrossesAntimeridian(edition.frames[step.id]));
	expect(across.length).toBeGreaterThan(0);
	for (const step of across) expect(walked.cameras[step.id].zoom, step.id).toBeGreaterThan(3);
	await page.goto(`/?step=${across[0].id}`);
	expectSameCamera(await waitForStep(page, across[0].id), walked.cameras[across[0].id], 'deep link');
});

test.describe('without the live map', () => {
	test.use({ liveMap: false });

	test('second story: a place opens its details from the step card', async ({ page }) => {
		const step = steps[0];
		const place = edition.places.find((p) => p.id === step.focus[0])!;
		await page.goto(`/?step=${step.id}`);
		await page.locator(`article#${step.id}`).getByRole('button', { name: place.name }).click();
		await expect(page.getByRole('dialog', { name: place.name })).toBeVisible();
		await page.keyboard.press('Escape');
		await expect(page.getByRole('dialog')).toHaveCount(0);
	});
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
	for (const place of edition.places) await expect(page.locator(`#place-${place.id}`)).toHaveCount(1);
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

import { loadContent } from '../../src/lib/server/content.ts';
import { ENGLISH } from '../../src/lib/locale/locale.ts';
import { expect, openStory, test, waitForActive } from './fixtures.ts';

/**
 * What a reader gets when something goes wrong that is not the map's (see
 * map.spec.ts for the map's): the details cannot be fetched, or an address
 * names what the story does not have. The story, parsed: tests take their
 * steps and places from it.
 */
const { story, places } = loadContent();
test.use({ liveMap: false });
/** A step late in the story, with places of its own. */
const later = story.steps[story.steps.length - 3];

test("a place's details that fail to load give a notice and the place's section, and the next try opens them", async ({
	page
}) => {
	const place = places.find((p) => p.id === later.focus[0])!;
	await page.route('**/reading.json*', (route) => route.abort());
	await openStory(page, '/');
	await page.locator(`#places button[data-place="${place.id}"]`).click();
	await expect(page.getByRole('status').filter({ hasText: ENGLISH.t.placeDetailsFailed })).toBeVisible();
	await expect(page.getByRole('dialog')).toBeHidden();
	// The prerendered appendix has the same details: the reader is taken there.
	await expect(page.locator(`#place-${place.id}`)).toBeInViewport();
	await expect(page.locator(`#place-${place.id}`)).toContainText(place.summary);
	await page.unroute('**/reading.json*');
	await page.locator(`#places button[data-place="${place.id}"]`).click();
	await expect(page.getByRole('dialog', { name: place.name })).toContainText(place.summary);
});

test('a stale copy of the details without the place opened gives a notice, not an empty dialog', async ({
	page
}) => {
	const place = places.find((p) => p.id === later.focus[0])!;
	await page.route('**/reading.json*', async (route) => {
		const reading = await (await route.fetch()).json();
		await route.fulfill({ json: { ...reading, places: {} } });
	});
	await openStory(page, '/');
	await page.locator(`#places button[data-place="${place.id}"]`).click();
	await expect(page.getByRole('status').filter({ hasText: ENGLISH.t.placeDetailsFailed })).toBeVisible();
	await expect(page.getByRole('dialog')).toBeHidden();
	await expect(page.locator(`#place-${place.id}`)).toBeInViewport();
});

test('bad parameters give a clear notice and the first step, never injected content', async ({ page }) => {
	let alerted = false;
	page.on('dialog', async (dialog) => {
		alerted = true;
		await dialog.dismiss();
	});
	await openStory(page, '/?step=nope');
	await expect(page.getByRole('status')).toContainText(ENGLISH.t.unknownStepLink('nope'));
	await waitForActive(page, 0);

	const hostile = '<script>alert(1)</script><img src=x onerror=alert(2)>';
	await openStory(page, `/?place=${encodeURIComponent(hostile)}`);
	const notice = page.getByRole('status');
	await expect(notice).toContainText(ENGLISH.t.unknownPlaceLink(hostile));
	await expect(notice.locator('script, img')).toHaveCount(0);
	await expect(page.getByRole('dialog')).toHaveCount(0);
	await waitForActive(page, 0);

	const last = places[places.length - 1];
	await openStory(page, `/?place=${last.id}`);
	await expect(page.getByRole('dialog', { name: last.name })).toBeVisible();
	expect(alerted).toBe(false);
});

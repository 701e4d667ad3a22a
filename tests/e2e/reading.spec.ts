import { MESSAGES } from '../../src/lib/locale/allMessages.ts';
import { ENGLISH, localeFor } from '../../src/lib/locale/locale.ts';
import { figureLabel } from '../../src/lib/places/format.ts';
import { loadEdition } from '../../src/lib/server/editions.ts';
import { expect, openStory, stepIds, test, waitForActive } from './fixtures.ts';

/**
 * What a reader does with the words, the places and the keys, on the page as
 * it is before the live map takes over (its map the prerendered poster): the
 * map is not what these tests look at. Names, counts and texts come from the
 * parsed editions.
 */
const english = loadEdition('en');
const persian = loadEdition('fa', undefined, () => {});
const { story, places } = english;
const t = MESSAGES.en;

test.use({ liveMap: false });

test('the place list opens every place, each with its sources; focus returns to the button', async ({
	page
}) => {
	await openStory(page, '/');
	const buttons = page.locator('#places button.place-button');
	await expect(buttons).toHaveCount(places.length);
	for (const place of places) {
		const button = page.locator(`#places button[data-place="${place.id}"]`);
		await button.click();
		const dialog = page.getByRole('dialog', { name: place.name });
		await expect(dialog).toBeVisible();
		await expect(dialog.getByText(t.sources, { exact: true })).toBeVisible();
		await expect(dialog).toContainText(place.summary);
		await page.keyboard.press('Escape');
		await expect(dialog).toBeHidden();
		await expect(button).toBeFocused();
	}
});

test('an uncertain place says so in its details, with every figure and why it is approximate', async ({
	page
}) => {
	const place = places.find((p) => p.precision === 'uncertain')!;
	await openStory(page, '/');
	await page.locator(`#places button[data-place="${place.id}"]`).click();
	const dialog = page.getByRole('dialog', { name: place.name });
	for (const figure of place.figures ?? []) await expect(dialog).toContainText(figureLabel(figure, ENGLISH));
	await expect(dialog).toContainText(t.precisionLabels.uncertain);
	await expect(dialog).toContainText(place.precisionNote!);
	await dialog.getByRole('button', { name: t.closeDetails }).click();
	await expect(dialog).toBeHidden();
});

test('keyboard only: the skip link, every step, and every place with focus returning', async ({ page }) => {
	await openStory(page, '/');
	const ids = await stepIds(page);

	await page.keyboard.press('Tab');
	await expect(page.getByRole('link', { name: t.skipToStory })).toBeFocused();
	// Next in the tab order: the step navigation.
	await page.keyboard.press('Tab');
	await expect(page.getByRole('button', { name: t.previousStep })).toHaveAttribute('aria-disabled', 'true');
	await page.keyboard.press('Tab');
	const next = page.getByRole('button', { name: t.nextStep });
	await expect(next).toBeFocused();
	for (const [index, id] of ids.entries()) {
		if (index === 0) continue;
		await page.keyboard.press('Enter');
		await waitForActive(page, index);
		await expect(page.locator(`article#${id}`)).toBeInViewport();
		await expect(next).toBeFocused();
	}
	await expect(next).toHaveAttribute('aria-disabled', 'true');
	// The arrow keys step back.
	await page.keyboard.press('ArrowLeft');
	await waitForActive(page, ids.length - 2);
	await expect(next).toBeFocused();
	// The skip link moves focus to the story.
	await page.keyboard.press('Shift+Tab');
	await page.keyboard.press('Shift+Tab');
	await expect(page.getByRole('link', { name: t.skipToStory })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.locator('#story-start')).toBeFocused();

	// Every place in the list, by Tab and Enter; Escape returns focus to its button.
	const buttons = page.locator('#places button.place-button');
	const first = buttons.first();
	for (let i = 0; i < 300 && !(await first.evaluate((el) => el === document.activeElement)); i++)
		await page.keyboard.press('Tab');
	await expect(first).toBeFocused();
	const count = await buttons.count();
	for (let i = 0; i < count; i++) {
		const button = buttons.nth(i);
		await expect(button).toBeFocused();
		const name = (await button.locator('.place-button-name').textContent())!;
		await page.keyboard.press('Enter');
		const dialog = page.getByRole('dialog', { name });
		await expect(dialog).toBeVisible();
		await expect(dialog.getByRole('button', { name: t.closeDetails })).toBeFocused();
		await page.keyboard.press('Escape');
		await expect(dialog).toBeHidden();
		await expect(button).toBeFocused();
		await page.keyboard.press('Tab');
	}
});

test('the contents list jumps to a step', async ({ page }) => {
	const { steps } = story;
	const index = Math.floor(steps.length / 2);
	await openStory(page, '/');
	await page.getByText(t.contents(String(steps.length))).click();
	await page
		.getByRole('navigation', { name: t.stepsOfTheStory })
		.getByRole('link', { name: steps[index].title, exact: true })
		.click();
	await waitForActive(page, index);
	await expect(page.locator(`article#${steps[index].id}`)).toBeFocused();
});

test('read as text shows every step with its map in words, without the map', async ({ page }) => {
	const ids = story.steps.map((s) => s.id);
	await openStory(page, `/?step=${ids[4]}`);
	await waitForActive(page, 4);
	// Reaching the button scrolls the page; the step the reader is then at is the one to keep.
	const button = page.getByRole('button', { name: t.readAsText });
	await button.scrollIntoViewIfNeeded();
	const reading = await page.evaluate(async () => {
		// The scroll's step is taken in the next frame.
		for (let i = 0; i < 2; i++) await new Promise((done) => requestAnimationFrame(done));
		const text = document.querySelector('.step-nav-count')!.textContent!;
		return Number(text.split('/')[0]) - 1;
	});
	await button.click();
	await expect(page.locator('.story')).toHaveAttribute('data-map-mode', 'text');
	await expect(page.locator('.map-layer')).toBeHidden();
	for (const id of ids) await expect(page.locator(`article#${id} .map-description`)).toBeVisible();
	await expect(page.locator(`article#${ids[reading]}`)).toBeInViewport();
	await page.getByRole('button', { name: t.readAsText }).click();
	await expect(page.locator('.map-layer')).toBeVisible();
});

test('the language switch keeps the step, both ways', async ({ page }) => {
	const index = Math.floor(story.steps.length / 2);
	const step = story.steps[index];
	await openStory(page, `/?step=${step.id}`);
	await waitForActive(page, index);
	// The step navigation's link: on screen wherever the reader is (the header's is at the top).
	await page.locator('.step-nav a[hreflang="fa"]').click();
	await expect(page).toHaveURL(new RegExp(`/fa/\\?step=${step.id}$`));
	await waitForActive(page, index);
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await expect(page.locator(`article#${step.id} h2`)).toHaveText(persian.story.steps[index].title);
	await page.locator('.step-nav a[hreflang="en"]').click();
	await expect(page).toHaveURL(new RegExp(`/\\?step=${step.id}$`));
	await waitForActive(page, index);
	await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
});

test('a Persian reader opens every place’s details in Persian, its English pages said to be English', async ({
	page
}) => {
	const fa = localeFor('fa', MESSAGES.fa);
	await openStory(page, '/fa/');
	await expect(page.locator('#places button.place-button')).toHaveCount(persian.places.length);
	for (const place of persian.places) {
		const button = page.locator(`#places button[data-place="${place.id}"]`);
		await button.click();
		const dialog = page.getByRole('dialog', { name: place.name });
		await expect(dialog).toBeVisible();
		await expect(dialog.getByText(MESSAGES.fa.sources, { exact: true })).toBeVisible();
		await expect(dialog).toContainText(place.summary);
		for (const figure of place.figures ?? []) await expect(dialog).toContainText(figureLabel(figure, fa));
		const english = place.sources.filter((source) => source.url && source.urlLang === 'en');
		await expect(dialog.locator('a[hreflang="en"]')).toHaveCount(english.length);
		if (english.length > 0) await expect(dialog).toContainText(MESSAGES.fa.pageIn.en);
		await page.keyboard.press('Escape');
		await expect(dialog).toBeHidden();
		await expect(button).toBeFocused();
	}
});

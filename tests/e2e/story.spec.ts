import { figureLabel } from '../../src/lib/places/format.ts';
import { loadContent } from '../../src/lib/server/content.ts';
import {
	anchorOf,
	expect,
	expectSameCamera,
	readCamera,
	screenPosition,
	scrollToStep,
	stepIds,
	test,
	waitForStep,
	type MapCamera
} from './fixtures.ts';
import { ENGLISH } from '../../src/lib/locale/locale.ts';

test('scrolling down reaches every step with its places in view and clear of the text, and back up gives the same cameras', async ({
	page
}) => {
	await page.goto('/');
	const ids = await stepIds(page);
	expect(ids.length).toBeGreaterThanOrEqual(8);
	const historyLength = await page.evaluate(() => history.length);
	const down: Record<string, MapCamera> = {};

	for (const id of ids) {
		await scrollToStep(page, id);
		down[id] = await waitForStep(page, id);
		if (id !== ids[0]) await expect(page).toHaveURL(new RegExp(`[?&]step=${id}$`));

		const viewport = page.viewportSize()!;
		const card = (await page.locator(`article#${id}`).boundingBox())!;
		const rail = await page.getByRole('navigation', { name: 'Timeline' }).boundingBox();
		const focus = ((await page.locator(`article#${id}`).getAttribute('data-focus')) ?? '').split(',');
		for (const placeId of focus) {
			const { x, y } = await screenPosition(page, await anchorOf(page, placeId));
			const where = `${placeId} at step ${id} (${x.toFixed(0)}, ${y.toFixed(0)})`;
			expect(x, where).toBeGreaterThanOrEqual(0);
			expect(x, where).toBeLessThanOrEqual(viewport.width);
			expect(y, where).toBeGreaterThanOrEqual(0);
			expect(y, where).toBeLessThanOrEqual(viewport.height);
			const underCard = x >= card.x && x <= card.x + card.width && y >= card.y && y <= card.y + card.height;
			expect(underCard, `${where} is under the step text`).toBe(false);
			if (rail) {
				const underRail = x >= rail.x && x <= rail.x + rail.width && y >= rail.y && y <= rail.y + rail.height;
				expect(underRail, `${where} is under the time rail`).toBe(false);
			}
		}
	}

	for (const id of [...ids].reverse()) {
		await scrollToStep(page, id);
		expectSameCamera(await waitForStep(page, id), down[id], `scrolling back up to ${id}`);
	}
	expect(await page.evaluate(() => history.length), 'no history entries added').toBe(historyLength);
});

// One test per step: each walks there by scrolling, then opens the same step by address.
for (const [index, step] of loadContent().story.steps.entries())
	test(`a deep link opens step ${step.id} with the same camera as scrolling to it`, async ({ page }) => {
		const ids = await (async () => {
			await page.goto('/');
			return stepIds(page);
		})();
		const id = ids[index];
		await waitForStep(page, ids[0]);
		await scrollToStep(page, id);
		const scrolled = await waitForStep(page, id);

		await page.goto(`/?step=${id}`);
		expectSameCamera(await waitForStep(page, id), scrolled, `?step=${id}`);
		await expect(page.locator(`article#${id}`)).toBeInViewport();

		// Every other step is also opened by its #hash.
		if (index % 2 === 0) {
			await page.goto(`/#${id}`);
			expectSameCamera(await waitForStep(page, id), scrolled, `#${id}`);
		}
	});

test('a fast jump across many steps ends in the last step state', async ({ page }) => {
	await page.goto('/');
	const ids = await stepIds(page);
	await waitForStep(page, ids[0]);
	await page.evaluate(() => window.scrollTo({ top: document.body.scrollHeight, behavior: 'instant' }));
	await scrollToStep(page, ids.at(-1)!);
	const jumped = await waitForStep(page, ids.at(-1)!);
	await page.goto(`/?step=${ids.at(-1)}`);
	expectSameCamera(await waitForStep(page, ids.at(-1)!), jumped, 'after a jump');
});

test('a step change does not measure every step again', async ({ page }) => {
	await page.goto('/');
	const ids = await stepIds(page);
	await waitForStep(page, ids[0]);
	// Count the layout reads of the steps' sections from here on: the scroller measures them
	// when the layout changes, not when the active step does (a forced layout of every step).
	await page.evaluate(() => {
		const counted = window as unknown as { sectionMeasures: number };
		counted.sectionMeasures = 0;
		const measure = Element.prototype.getBoundingClientRect;
		Element.prototype.getBoundingClientRect = function (this: Element) {
			if (this.classList.contains('scroller-step')) counted.sectionMeasures++;
			return measure.call(this);
		};
	});
	for (const id of ids.slice(1, 4)) {
		await scrollToStep(page, id);
		await waitForStep(page, id);
	}
	const measures = await page.evaluate(
		() => (window as unknown as { sectionMeasures: number }).sectionMeasures
	);
	expect(measures, 'sections measured during three step changes').toBeLessThan(ids.length);
});

test('clicking a place on the map opens its details; Escape closes them', async ({ page }) => {
	// A step whose first focus place is a point with figures: its details say what, who reported it, how far.
	const { story, places } = loadContent();
	const place = (id: string) => places.find((p) => p.id === id);
	const step = story.steps.find((s) => {
		const first = place(s.focus[0]);
		return first && first.precision === 'exact' && (first.figures?.length ?? 0) > 0;
	})!;
	const target = place(step.focus[0])!;
	await page.goto(`/?step=${step.id}`);
	await waitForStep(page, step.id);
	const { x, y } = await screenPosition(page, await anchorOf(page, target.id));
	await page.mouse.click(x, y);
	const dialog = page.getByRole('dialog', { name: target.name });
	await expect(dialog).toBeVisible();
	const figure = target.figures![0];
	await expect(dialog).toContainText(typeof figure === 'string' ? figure : figure.text);
	await expect(dialog).toContainText(target.sources[0].outlet);
	const origin = place(story.distanceFrom!)!;
	await expect(dialog).toContainText(
		`About ${target.distanceKm!.toLocaleString('en-GB')} km from ${origin.name}`
	);
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
});

test('the place list opens every place; focus returns to the button', async ({ page }) => {
	await page.goto('/');
	await waitForStep(page, (await stepIds(page))[0]);
	const buttons = page.locator('#places button.place-button');
	const count = await buttons.count();
	expect(count).toBeGreaterThan(15);
	for (let i = 0; i < count; i++) {
		const button = buttons.nth(i);
		const name = (await button.locator('.place-button-name').textContent())!;
		await button.click();
		const dialog = page.getByRole('dialog', { name });
		await expect(dialog).toBeVisible();
		await expect(dialog.getByText('Sources', { exact: true })).toBeVisible();
		await page.keyboard.press('Escape');
		await expect(dialog).toBeHidden();
		await expect(button).toBeFocused();
	}
});

test('an uncertain place says so in its details, with every figure and why it is approximate', async ({
	page
}) => {
	const place = loadContent().places.find((p) => p.precision === 'uncertain')!;
	await page.goto('/');
	await page.locator(`#places button[data-place="${place.id}"]`).click();
	const dialog = page.getByRole('dialog', { name: place.name });
	for (const figure of place.figures ?? []) await expect(dialog).toContainText(figureLabel(figure, ENGLISH));
	await expect(dialog).toContainText('Location uncertain');
	await expect(dialog).toContainText(place.precisionNote!);
	await dialog.getByRole('button', { name: 'Close details' }).click();
	await expect(dialog).toBeHidden();
});

test('the closing step hands the reader the map', async ({ page }) => {
	const closing = loadContent().story.steps.find((s) => s.explore)!;
	await page.goto(`/?step=${closing.id}`);
	const before = await waitForStep(page, closing.id);
	const box = (await page.locator('#story-map').boundingBox())!;
	// Zoom in with the wheel over the map, away from the text column.
	await page.mouse.move(box.x + box.width * 0.8, box.y + box.height * 0.3);
	if (!page.viewportSize() || page.viewportSize()!.width > 767) {
		await page.mouse.wheel(0, -600);
		await expect.poll(async () => (await readCamera(page)).zoom).toBeGreaterThan(before.zoom + 0.2);
	}
	await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText('Natural Earth');
	await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText('MapLibre');
	await expect(page.locator('.maplibregl-ctrl-scale')).toHaveText(/^\d[\d,.]*\s?k?m$/);
});

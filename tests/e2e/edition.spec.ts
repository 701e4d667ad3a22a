import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { MESSAGES } from '../../src/lib/locale/allMessages.ts';
import { loadEdition } from '../../src/lib/server/editions.ts';
import { anchorOf, expect, screenPosition, scrollToStep, stepIds, test, waitForStep } from './fixtures.ts';

/**
 * The Persian edition, read from its translation files: every name and count
 * comes from the parsed edition, never from the tests.
 */
const persian = loadEdition('fa', undefined, () => {});
const english = loadEdition('en');
const t = MESSAGES.fa;
const PERSIAN_SCRIPT = /[\u0600-\u06FF]/;

async function expectNoViolations(page: Page, label: string) {
	const results = await new AxeBuilder({ page }).analyze();
	const summary = results.violations.map(
		(v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`
	);
	expect(summary, label).toEqual([]);
}

test('the Persian page is right to left: the column on the right, every step’s places clear of it', async ({
	page
}) => {
	await page.goto('/fa/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'fa');
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	const ids = await stepIds(page);
	expect(ids).toEqual(persian.story.steps.map((step) => step.id));
	const viewport = page.viewportSize()!;
	const desktop = viewport.width >= 768;

	for (const id of ids) {
		await scrollToStep(page, id);
		await waitForStep(page, id);
		const card = (await page.locator(`article#${id}`).boundingBox())!;
		// On desktop the column hugs the right edge; on phones the cards span the screen.
		if (desktop)
			expect(card.x + card.width / 2, `${id}: column on the right`).toBeGreaterThan(viewport.width / 2);
		const rail = await page.getByRole('navigation', { name: t.timeline, exact: true }).boundingBox();
		const step = persian.story.steps.find((s) => s.id === id)!;
		for (const placeId of step.focus) {
			const { x, y } = await screenPosition(page, await anchorOf(page, placeId));
			const where = `${placeId} at step ${id} (${x.toFixed(0)}, ${y.toFixed(0)})`;
			expect(x >= 0 && x <= viewport.width && y >= 0 && y <= viewport.height, `${where}: on screen`).toBe(
				true
			);
			const under = (box: { x: number; y: number; width: number; height: number }) =>
				x >= box.x && x <= box.x + box.width && y >= box.y && y <= box.y + box.height;
			expect(under(card), `${where} is under the step text`).toBe(false);
			if (rail) expect(under(rail), `${where} is under the time rail`).toBe(false);
		}
	}
});

test('map labels are Persian, shaped by the right-to-left plugin loaded before the first frame', async ({
	page
}) => {
	const plugin: string[] = [];
	page.on('request', (request) => {
		if (request.url().endsWith('/rtl-text.mjs')) plugin.push(request.url());
	});
	await page.goto('/fa/');
	await waitForStep(page, persian.story.steps[0].id);
	// Published at the map's first frame: "loaded" there means no label was ever drawn unshaped.
	await expect(page.locator('#story-map')).toHaveAttribute('data-rtl-text', 'loaded');
	const labels = await page.evaluate(() => {
		const map = (
			document.querySelector('#story-map') as HTMLElement & { storyMap: import('maplibre-gl').Map }
		).storyMap;
		return map
			.queryRenderedFeatures()
			.filter((feature) => feature.layer.type === 'symbol')
			.map((feature) => String(feature.properties.name ?? ''));
	});
	expect(labels.length).toBeGreaterThan(0);
	for (const label of labels) expect(label).toMatch(PERSIAN_SCRIPT);
	expect(plugin).toHaveLength(1);

	// The original edition never loads it.
	plugin.length = 0;
	await page.goto('/');
	await waitForStep(page, english.story.steps[0].id);
	await expect(page.locator('#story-map')).toHaveAttribute('data-rtl-text', 'unavailable');
	expect(plugin).toEqual([]);
});

test('the language switch keeps the step, both ways', async ({ page }) => {
	const step = english.story.steps[Math.floor(english.story.steps.length / 2)];
	await page.goto(`/?step=${step.id}`);
	await waitForStep(page, step.id);
	// The step navigation's link: on screen wherever the reader is (the header's is at the top).
	await page.locator('.step-nav a[hreflang="fa"]').click();
	await expect(page).toHaveURL(new RegExp(`/fa/\\?step=${step.id}$`));
	await waitForStep(page, step.id);
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await expect(page.locator(`article#${step.id} h2`)).toHaveText(
		persian.story.steps.find((s) => s.id === step.id)!.title
	);
	await page.locator('.step-nav a[hreflang="en"]').click();
	await expect(page).toHaveURL(new RegExp(`/\\?step=${step.id}$`));
	await waitForStep(page, step.id);
	await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
});

test('a Persian reader opens every place’s details in Persian', async ({ page }) => {
	await page.goto('/fa/');
	await waitForStep(page, persian.story.steps[0].id);
	const buttons = page.locator('#places button.place-button');
	await expect(buttons).toHaveCount(persian.places.length);
	for (const place of persian.places) {
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

test('the Persian stepper steps with the arrow keys in the reading direction', async ({ page }) => {
	const [first, second] = persian.story.steps;
	await page.goto('/fa/embed/');
	await waitForStep(page, first.id);
	await expect(page.getByRole('navigation', { name: t.storySteps })).toBeVisible();
	await page.locator('body').press('ArrowLeft');
	await waitForStep(page, second.id);
	await page.locator('body').press('ArrowRight');
	await waitForStep(page, first.id);
	await page.getByRole('button', { name: t.next, exact: true }).click();
	await waitForStep(page, second.id);
});

test('axe finds no violations on the Persian page, its embeds and its share pages', async ({
	page,
	browser
}) => {
	const steps = persian.story.steps;
	await page.goto('/fa/');
	await waitForStep(page, steps[0].id);
	await expectNoViolations(page, '/fa/');
	const place = persian.places.find((p) => p.id === steps[0].focus[0])!;
	await page.locator(`#places button[data-place="${place.id}"]`).click();
	await expect(page.getByRole('dialog', { name: place.name })).toBeVisible();
	await expectNoViolations(page, '/fa/ with details open');
	await page.keyboard.press('Escape');
	await page.getByRole('button', { name: t.embedThisStory }).click();
	await expect(page.locator('.embed-dialog h2')).toBeVisible();
	await expectNoViolations(page, '/fa/ embed dialog');

	for (const path of ['/fa/embed/', `/fa/embed/?mode=single&step=${steps[1].id}`, '/fa/embed/scroll/']) {
		await page.goto(path);
		await expect(page.locator('#story-map')).toHaveAttribute('data-ready', 'true');
		await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
		await expectNoViolations(page, path);
	}

	// A share page sends a browser on to the story with its one script; what stays is what
	// crawlers and readers without scripts read. (Axe is itself a script, so the page keeps
	// scripts and loses that one.)
	const context = await browser.newContext();
	await context.route('**/share-redirect.js', (route) => route.abort());
	const sharePage = await context.newPage();
	for (const step of [steps[0], steps[steps.length - 1]]) {
		const path = `/fa/step/${step.id}/`;
		await sharePage.goto(path);
		await expect(sharePage.locator('html')).toHaveAttribute('dir', 'rtl');
		await expect(sharePage.getByRole('heading', { name: step.title, level: 2 })).toBeVisible();
		await expect(sharePage.getByRole('link', { name: t.readFromThisStep })).toBeVisible();
		await expectNoViolations(sharePage, path);
		await expect(sharePage.locator('meta[property="og:image:alt"]')).toHaveAttribute(
			'content',
			new RegExp(`${t.map}:`)
		);
	}
	await context.close();
});

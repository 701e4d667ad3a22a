import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { loadContent } from '../../src/lib/server/content.ts';
import { formatDate } from '../../src/lib/story/dates.ts';
import { stepAnnouncement } from '../../src/lib/locale/locale.ts';

/** The story's steps, from the parsed story file: tests follow the content. */
const STEPS = loadContent().story.steps;
import { HOST_ORIGIN, activeStep, expect, readCamera, stepIds, test, waitForStep } from './fixtures.ts';

const content = loadContent();

async function expectNoViolations(page: Page, label: string) {
	const results = await new AxeBuilder({ page }).analyze();
	const summary = results.violations.map(
		(v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`
	);
	expect(summary, label).toEqual([]);
}

for (const colorScheme of ['light', 'dark'] as const) {
	test.describe(`${colorScheme} theme`, () => {
		test.use({ colorScheme });

		test(`axe finds no violations on the story page (${colorScheme})`, async ({ page }) => {
			await page.goto('/');
			await waitForStep(page, STEPS[0].id);
			if (colorScheme === 'dark') await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
			await expectNoViolations(page, 'story page');
			await page.getByRole('button', { name: 'Kerman bombings' }).first().click();
			await expectNoViolations(page, 'story page with details open');
			await page.keyboard.press('Escape');
			await page.getByRole('button', { name: 'Embed this story' }).click();
			await expectNoViolations(page, 'embed dialog');
		});

		test(`axe finds no violations on the embeds (${colorScheme})`, async ({ page }) => {
			const theme = colorScheme;
			for (const path of [
				`/embed/?theme=${theme}`,
				`/embed/?mode=single&step=claim&theme=${theme}`,
				`/embed/scroll/?theme=${theme}`
			]) {
				await page.goto(path);
				await expect(page.locator('#story-map')).toHaveAttribute('data-ready', 'true');
				await expectNoViolations(page, path);
			}
		});
	});
}

test('the map is a named region, its canvas hidden from assistive technology', async ({ page }) => {
	await page.goto('/');
	await waitForStep(page, STEPS[0].id);
	await expect(
		page.getByRole('region', { name: 'Map of the places in the story', exact: true })
	).toBeVisible();
	const canvas = page.locator('#story-map canvas');
	await expect(canvas).toHaveAttribute('aria-hidden', 'true');
	await expect(canvas).toHaveAttribute('tabindex', '-1');
});

test('every step describes its map, and the live region announces the step', async ({ page }) => {
	const { steps } = content.story;
	await page.goto('/');
	await waitForStep(page, steps[0].id);
	for (const step of steps)
		await expect(page.locator(`article#${step.id} .map-description`)).toContainText(step.mapDescription);
	await page.getByRole('button', { name: 'Next step' }).click();
	await waitForStep(page, steps[1].id);
	const live = page.locator('[aria-live="polite"]');
	await expect(live).toContainText(stepAnnouncement(steps[1], 1, steps.length));
	// The date is in it, as the card shows it.
	if (steps[1].date) await expect(live).toContainText(formatDate(steps[1].date));
});

test('keyboard only: the skip link, every step, and every place with focus returning', async ({ page }) => {
	await page.goto('/');
	const ids = await stepIds(page);
	await waitForStep(page, ids[0]);

	await page.keyboard.press('Tab');
	await expect(page.getByRole('link', { name: 'Skip to the story' })).toBeFocused();
	// Next in the tab order: the step navigation.
	await page.keyboard.press('Tab');
	await expect(page.getByRole('button', { name: 'Previous step' })).toHaveAttribute('aria-disabled', 'true');
	await page.keyboard.press('Tab');
	const next = page.getByRole('button', { name: 'Next step' });
	await expect(next).toBeFocused();
	for (const id of ids.slice(1)) {
		await page.keyboard.press('Enter');
		await waitForStep(page, id);
		await expect(page.locator(`article#${id}`)).toBeInViewport();
		await expect(next).toBeFocused();
	}
	await expect(next).toHaveAttribute('aria-disabled', 'true');
	// The arrow keys step back.
	await page.keyboard.press('ArrowLeft');
	await waitForStep(page, ids.at(-2)!);
	await expect(next).toBeFocused();
	// The skip link moves focus to the story.
	await page.keyboard.press('Shift+Tab');
	await page.keyboard.press('Shift+Tab');
	await expect(page.getByRole('link', { name: 'Skip to the story' })).toBeFocused();
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
		await expect(dialog.getByRole('button', { name: 'Close details' })).toBeFocused();
		await page.keyboard.press('Escape');
		await expect(dialog).toBeHidden();
		await expect(button).toBeFocused();
		await page.keyboard.press('Tab');
	}
});

test('reduced motion: each step change is a jump that settles at once', async ({ page }) => {
	await page.goto('/');
	const ids = await stepIds(page);
	await waitForStep(page, ids[0]);
	for (const id of ids.slice(1, 6)) {
		await page.getByRole('button', { name: 'Next step' }).click();
		await waitForStep(page, id);
		// One frame from the old camera to the new: a jump. How long it takes is the benchmark's to measure.
		await expect(page.locator('#story-map')).toHaveAttribute('data-camera-frames', '1');
	}
});

test('the motion toggle overrides the system setting and is remembered', async ({ page }) => {
	await page.goto('/');
	await waitForStep(page, STEPS[0].id);
	const toggle = page.getByRole('button', { name: /^Animation/ });
	await expect(toggle).toHaveText('Animation off');
	await toggle.click();
	await expect(toggle).toHaveText('Animation on');
	await page.getByRole('button', { name: 'Next step' }).click();
	await waitForStep(page, STEPS[1].id);
	expect(Number(await page.locator('#story-map').getAttribute('data-camera-frames'))).toBeGreaterThan(1);

	await page.reload();
	await expect(page.getByRole('button', { name: /^Animation/ })).toHaveText('Animation on');
	await page.getByRole('button', { name: /^Animation/ }).click();
	await page.reload();
	await expect(page.getByRole('button', { name: /^Animation/ })).toHaveText('Animation off');
});

test('explore the map, then back to the story restores the step exactly', async ({ page }) => {
	// A step in the middle of the story that the reader may explore.
	const step = STEPS.slice(Math.floor(STEPS.length / 2)).find((s) => !s.explore)!;
	await page.goto(`/?step=${step.id}`);
	const before = await waitForStep(page, step.id);
	await page.locator(`article#${step.id} button.explore-button`).click();
	const box = (await page.locator('#story-map').boundingBox())!;
	const viewport = page.viewportSize()!;
	if (viewport.width > 767) {
		await page.mouse.move(box.x + box.width * 0.75, box.y + box.height * 0.5);
		await page.mouse.wheel(0, -500);
	} else {
		// Touch screens move the map with two fingers, which Playwright cannot pinch: use the map's zoom key.
		await page.locator('#story-map canvas').focus();
		await page.keyboard.press('Equal');
	}
	await expect.poll(async () => (await readCamera(page)).zoom).toBeGreaterThan(before.zoom + 0.2);
	await page.getByRole('button', { name: '← Back to the story' }).click();
	await expect.poll(async () => Math.abs((await readCamera(page)).zoom - before.zoom)).toBeLessThan(2e-3);
	const after = await readCamera(page);
	expect(Math.abs(after.center[0] - before.center[0])).toBeLessThan(1e-4);
	expect(Math.abs(after.center[1] - before.center[1])).toBeLessThan(1e-4);
});

test('read as text shows every step with its map in words, without the map', async ({ page }) => {
	await page.goto('/');
	const ids = await stepIds(page);
	await page.goto(`/?step=${ids[4]}`);
	await waitForStep(page, ids[4]);
	// Reaching the button scrolls the page; the step the reader is then at is the one to keep.
	const button = page.getByRole('button', { name: 'Read as text' });
	await button.scrollIntoViewIfNeeded();
	const reading = await activeStep(page, ids);
	await button.click();
	await expect(page.locator('.story')).toHaveAttribute('data-map-mode', 'text');
	await expect(page.locator('.map-layer')).toBeHidden();
	for (const id of ids) await expect(page.locator(`article#${id} .map-description`)).toBeVisible();
	await expect(page.locator(`article#${reading}`)).toBeInViewport();
	await page.getByRole('button', { name: 'Read as text' }).click();
	await expect(page.locator('.map-layer')).toBeVisible();
});

test('the contents list jumps to a step', async ({ page }) => {
	const { steps } = content.story;
	const target = steps[Math.floor(steps.length / 2)];
	await page.goto('/');
	await waitForStep(page, steps[0].id);
	await page.getByText(`Contents: ${steps.length} steps`).click();
	await page
		.getByRole('navigation', { name: 'Steps of the story' })
		.getByRole('link', { name: target.title, exact: true })
		.click();
	await waitForStep(page, target.id);
	await expect(page.locator(`article#${target.id}`)).toBeFocused();
});

test('a host page on another origin gets the same accessible embed', async ({ page }) => {
	const snippet =
		'<iframe src="http://localhost:4173/embed/" title="Story map" style="width:100%;height:700px;border:0"></iframe>';
	await page.goto(`${HOST_ORIGIN}/host?snippet=${Buffer.from(snippet).toString('base64url')}`);
	const frame = page.frameLocator('#embed-slot iframe');
	await expect(frame.locator('#story-map')).toHaveAttribute('data-ready', 'true');
	await expect(frame.getByRole('navigation', { name: 'Story steps' })).toBeVisible();
});

import type { Locator, Page } from '@playwright/test';
import { loadContent } from '../../src/lib/server/content.ts';
import { formatDate, stepDateText } from '../../src/lib/story/dates.ts';
import { datedSteps } from '../../src/lib/story/timeline.ts';
import { MESSAGES } from '../../src/lib/locale/allMessages.ts';
import { engage, expect, openStory, test, waitForActive, waitForStep } from './fixtures.ts';

/**
 * The time rail as a reader uses it: the dates in time order, each a way to
 * its step, the phone's strip, reduced motion and the stepper's rail. That it
 * marks every step's date as the reader scrolls is checked by the walk
 * (walk.ts). The rail is drawn whether or not the live map has started.
 */
const { story } = loadContent();
const { steps } = story;
const dated = datedSteps(steps);
const undated = steps.filter((s) => !s.date);
const t = MESSAGES.en;

test.use({ liveMap: false });

const rail = (page: Page) => page.getByRole('navigation', { name: t.timeline });
/** A step's button on the rail, named by its date and title. */
const dateButton = (scope: Locator, index: number) =>
	scope.getByRole('button', {
		name: `${formatDate(steps[index].date!)}: ${steps[index].title}`,
		exact: true
	});

/** On phones the rail is a strip: its button opens the list of dates. */
async function openRail(page: Page) {
	// The rail is drawn once the page has hydrated.
	await expect(rail(page)).toBeVisible();
	const toggle = rail(page).locator('.rail-toggle');
	if ((await toggle.count()) > 0 && (await toggle.getAttribute('aria-expanded')) !== 'true')
		await toggle.click();
}

test('the rail lists every dated step in time order; a date goes to its step by mouse, touch or keyboard', async ({
	page
}) => {
	expect(dated.length).toBeGreaterThan(1);
	await openStory(page, '/');
	await openRail(page);
	const buttons = rail(page).locator('.rail-dates button');
	await expect(buttons).toHaveCount(dated.length);
	for (const [at, entry] of dated.entries())
		await expect(buttons.nth(at)).toHaveAccessibleName(
			`${formatDate(entry.date)}: ${steps[entry.index].title}`
		);
	await page.keyboard.press('Escape');

	// Oldest first, then back to the newest: the jumps go both ways.
	for (const entry of [dated[0], dated[dated.length - 1], dated[Math.floor(dated.length / 2)]]) {
		await openRail(page);
		await dateButton(rail(page), entry.index).click();
		await waitForActive(page, entry.index);
		await openRail(page);
		await expect(dateButton(rail(page), entry.index)).toHaveAttribute('aria-current', 'step');
		await expect(page).toHaveURL(new RegExp(`[?&]step=${steps[entry.index].id}$`));
		await expect(page.locator(`article#${steps[entry.index].id}`)).toBeInViewport();
	}

	// Keyboard: focus a date, press Enter; the next step's key moves the mark along.
	const target = dated[1];
	await openRail(page);
	await dateButton(rail(page), target.index).focus();
	await page.keyboard.press('Enter');
	await waitForActive(page, target.index);
	await page.keyboard.press('Escape');
	await page.getByRole('button', { name: t.nextStep }).click();
	await waitForActive(page, target.index + 1);
	await expect(rail(page)).toHaveAttribute('data-active-date', steps[target.index + 1].date ?? '');
});

test('on a phone the rail is a strip with the active date that opens the list, and closes after a choice', async ({
	page,
	isMobile
}) => {
	test.skip(!isMobile, 'the strip is the phone layout');
	await openStory(page, '/');
	const toggle = rail(page).locator('.rail-toggle');
	await expect(toggle).toHaveAttribute('aria-expanded', 'false');
	await expect(rail(page).locator('.rail-dates')).toBeHidden();
	await expect(toggle).toContainText(stepDateText(steps[0]) ?? '');
	const strip = (await rail(page).boundingBox())!;
	expect(strip.height).toBeLessThanOrEqual(40);

	const entry = dated[dated.length - 1];
	await toggle.tap();
	await expect(rail(page).locator('.rail-dates')).toBeVisible();
	await dateButton(rail(page), entry.index).tap();
	await waitForActive(page, entry.index);
	await expect(toggle).toHaveAttribute('aria-expanded', 'false');
	await expect(toggle).toContainText(stepDateText(steps[entry.index])!);
});

test('with reduced motion the mark jumps; the axis breaks long gaps', async ({ page, isMobile }) => {
	test.skip(isMobile, 'the phone strip has no marks to move and no axis');
	await openStory(page, '/');
	await expect(rail(page).locator('.dot').first()).toHaveCSS('transition-duration', '0s');
	// The story spans years with months of events at the end: the axis is broken between them.
	await expect(rail(page).locator('.break').first()).toBeAttached();
});

test.describe('with the live map', () => {
	test.use({ liveMap: true });

	test('the stepper embed has the rail in step with its buttons; a stepper of undated steps has none', async ({
		page
	}) => {
		await page.goto('/embed/');
		await engage(page);
		await waitForStep(page, steps[0].id);
		const entry = dated[dated.length - 1];
		await openRail(page);
		await dateButton(rail(page), entry.index).click();
		await waitForStep(page, steps[entry.index].id);
		await expect(page.locator(`article#${steps[entry.index].id}`)).toBeVisible();
		await page.keyboard.press('ArrowLeft');
		const previous = steps[entry.index - 1];
		await waitForStep(page, previous.id);
		await expect(rail(page)).toHaveAttribute('data-active-date', previous.date ?? '');

		if (undated.length > 0) {
			await page.goto(`/embed/?steps=${undated.map((s) => s.id).join(',')}`);
			await engage(page);
			await waitForStep(page, undated[0].id);
			await expect(rail(page)).toHaveCount(0);
		}
	});
});

/** How the benchmark reads through a story page, as a reader would. */
import type { Page } from '@playwright/test';

export async function stepIds(page: Page): Promise<string[]> {
	return page.locator('.step').evaluateAll((steps) => steps.map((step) => step.id));
}

/** Scrolls each step to the reading line in turn, as a reader would, waiting `pause` ms on each. */
export async function scrollThrough(page: Page, ids: string[], pause: number) {
	for (const id of ids) {
		await page.evaluate((stepId) => {
			const card = document.getElementById(stepId)!;
			window.scrollTo({
				top: card.getBoundingClientRect().top + window.scrollY - 0.55 * window.innerHeight,
				behavior: 'instant'
			});
		}, id);
		await page.waitForTimeout(pause);
	}
}

/**
 * Moves `count` steps on by pressing, as a reader would: a button (clicked)
 * or a key, waiting `pause` ms after each. Returns how many presses were made.
 */
export async function pressThrough(
	page: Page,
	press: { selector: string } | { key: string },
	count: number,
	pause: number
): Promise<number> {
	for (let i = 0; i < count; i++) {
		if ('selector' in press) await page.locator(press.selector).click();
		else await page.keyboard.press(press.key);
		await page.waitForTimeout(pause);
	}
	return count;
}

/**
 * Moves `count` steps on through the time rail, as a reader would: where the
 * rail is a strip (a phone) each step takes two presses, opening the list of
 * dates and choosing the date after the current one. Returns how many presses
 * were made (each is timed on its own).
 */
export async function railThrough(page: Page, count: number, pause: number): Promise<number> {
	let presses = 0;
	for (let i = 0; i < count; i++) {
		const toggle = page.locator('.time-rail .rail-toggle');
		if (await toggle.isVisible()) {
			await toggle.click();
			presses += 1;
			await page.waitForTimeout(pause);
		}
		const dates = page.locator('.time-rail .rail-dates button');
		const current = await dates.evaluateAll((buttons) =>
			buttons.findIndex((button) => button.getAttribute('aria-current') === 'step')
		);
		if (current + 1 >= (await dates.count())) break; // past the last dated step (the explore step has none)
		await dates.nth(current + 1).click();
		presses += 1;
		await page.waitForTimeout(pause);
	}
	return presses;
}

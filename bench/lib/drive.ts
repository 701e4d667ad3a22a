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

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

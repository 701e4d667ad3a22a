import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { MESSAGES } from '../../src/lib/locale/allMessages.ts';
import { EDITIONS } from '../../src/lib/locale/editions.ts';
import { editionLangs, loadEdition } from '../../src/lib/server/editions.ts';
import { expect, openStory, test } from './fixtures.ts';
import { editionPath } from './walk.ts';

/**
 * Axe finds no violations on every page a reader reaches, in each theme and
 * edition: the story page (with a place's details and the Embed dialog open),
 * the three embeds and the share pages. Axe reads the page's words and
 * controls, which are all there before the live map takes over: it runs on the
 * poster path. (The map's own region and canvas are checked by the walk.)
 */
test.use({ liveMap: false });

async function expectNoViolations(page: Page, label: string) {
	const results = await new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).analyze();
	const summary = results.violations.map(
		(v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`
	);
	expect(summary, label).toEqual([]);
}

/** Each edition in the light theme, and the original in the dark one too. */
const cases = editionLangs().flatMap((lang) =>
	(lang === 'en' ? (['light', 'dark'] as const) : (['light'] as const)).map((colorScheme) => ({
		lang,
		colorScheme
	}))
);

for (const { lang, colorScheme } of cases) {
	const edition = loadEdition(lang, undefined, () => {});
	const { steps } = edition.story;
	const t = MESSAGES[lang];
	const root = editionPath(edition);

	test.describe(`${lang}, ${colorScheme} theme`, () => {
		test.use({ colorScheme });

		test(`axe finds no violations on the ${lang} story page, its details, its Embed dialog and its embeds (${colorScheme})`, async ({
			page
		}) => {
			await openStory(page, root);
			if (colorScheme === 'dark') await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
			await expectNoViolations(page, root);
			const place = edition.places.find((p) => p.id === steps[0].focus[0])!;
			await page.locator(`#places button[data-place="${place.id}"]`).click();
			await expect(page.getByRole('dialog', { name: place.name })).toBeVisible();
			await expectNoViolations(page, `${root} with details open`);
			await page.keyboard.press('Escape');
			await page.getByRole('button', { name: t.embedThisStory }).click();
			await expect(page.locator('.embed-dialog h2')).toBeVisible();
			await expectNoViolations(page, `${root} embed dialog`);

			for (const path of [
				`${root}embed/?theme=${colorScheme}`,
				`${root}embed/?mode=single&step=${steps[1].id}&theme=${colorScheme}`,
				`${root}embed/scroll/?theme=${colorScheme}`,
				`${root}embed/?mode=captions&theme=${colorScheme}`
			]) {
				await page.goto(path);
				await expect(page.locator('html')).toHaveAttribute('dir', EDITIONS[lang].dir);
				// Every embed shows its step's text but the map of host-captions mode, whose text is the article.
				await expect(page.locator('main.embed .embed-map, article:not([hidden])').first()).toBeVisible();
				await expectNoViolations(page, path);
			}
		});
	});
}

for (const lang of editionLangs()) {
	const edition = loadEdition(lang, undefined, () => {});
	const { steps } = edition.story;
	const t = MESSAGES[lang];
	const root = editionPath(edition);

	// A share page sends a browser on to the story with its one script; what stays is what
	// crawlers and readers without scripts read. (Axe is itself a script, so the page keeps
	// scripts and loses that one.)
	test(`axe finds no violations on the ${lang} share pages`, async ({ page }) => {
		await page.route('**/share-redirect.js', (route) => route.abort());
		for (const step of [steps[0], steps[steps.length - 1]]) {
			const path = `${root}step/${step.id}/`;
			await page.goto(path);
			await expect(page.getByRole('heading', { name: step.title, level: 2 })).toBeVisible();
			await expect(page.getByRole('link', { name: t.readFromThisStep })).toBeVisible();
			await expectNoViolations(page, path);
			await expect(page.locator('meta[property="og:image:alt"]')).toHaveAttribute(
				'content',
				new RegExp(`${t.map}:`)
			);
		}
	});
}

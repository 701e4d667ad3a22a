import type { Page } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { STATIC_MAP_TEXT } from '../../src/lib/locale/staticMapText.ts';
import { loadContent } from '../../src/lib/server/content.ts';
import { expect, openStory, test } from './fixtures.ts';

const { story, places } = loadContent();

/** The text of each page of a PDF, whitespace collapsed (so a title that wraps still reads whole). */
async function pdfPages(pdf: Buffer): Promise<string[]> {
	const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise;
	const pages: string[] = [];
	for (let number = 1; number <= document.numPages; number++) {
		const content = await (await document.getPage(number)).getTextContent();
		const text = content.items
			.map((item) => ('str' in item ? item.str + (item.hasEOL ? ' ' : '') : ''))
			.join('');
		pages.push(text.replace(/\s+/g, ' '));
	}
	return pages;
}

/** Prints the story as a reader would after the Print button: print media, every step's map loaded. */
async function printStory(page: Page): Promise<string[]> {
	await openStory(page, '/');
	await page.emulateMedia({ media: 'print' });
	await page.waitForFunction(() =>
		[...document.querySelectorAll<HTMLImageElement>('img.print-only')].every(
			(i) => i.complete && i.naturalWidth > 0
		)
	);
	return pdfPages(await page.pdf({ format: 'A4' }));
}

test.describe('the printed story', () => {
	test.skip(({ isMobile }) => isMobile, 'printing does not depend on the screen size');
	// Print media shows no map: the page before the live map starts is what prints.
	test.use({ liveMap: false });

	test('has every step with its map on the same page, every place, and the sources with their addresses', async ({
		page
	}) => {
		const pages = await printStory(page);
		const all = pages.join(' ');
		expect(all).toContain(story.title);
		expect(all).toContain(story.dek);

		for (const [index, step] of story.steps.entries()) {
			const at = pages.findIndex((text) => text.includes(step.title));
			expect(at, `step "${step.id}" is printed`).toBeGreaterThanOrEqual(0);
			// The step's own map follows its title on that page, before the next step begins
			// (the map's credit is drawn in the map image, so its text is in the PDF).
			const text = pages[at];
			const after = text.slice(text.indexOf(step.title));
			const next = after.indexOf(`Step ${index + 2} of ${story.steps.length}`);
			const ownPart = next >= 0 ? after.slice(0, next) : after;
			expect(ownPart, `the map of step "${step.id}" is on the page of its title`).toContain(
				STATIC_MAP_TEXT.en.credit
			);
		}
		for (const place of places) expect(all, `place "${place.id}"`).toContain(place.name);
		// Links print their address after them.
		const withUrl = story.sources.find((source) => source.url)!;
		expect(all.replace(/ /g, '')).toContain(withUrl.url!.replace(/ /g, ''));
	});

	test('shows no map canvas, no controls, and no step broken across pages', async ({ page }) => {
		await openStory(page, '/');
		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('#story-map')).toBeHidden();
		await expect(page.getByRole('navigation', { name: 'Timeline' })).toBeHidden();
		// Place names stay in the steps as words (their buttons drawn as plain text); nothing else.
		expect(await page.locator('button:visible:not(.chip)').count()).toBe(0);
		for (const chip of await page.locator('.step-places .chip:visible').all())
			await expect(chip).toHaveCSS('border-style', 'none');
		for (const step of story.steps)
			await expect(page.locator(`article#${step.id}`)).toHaveCSS('break-inside', 'avoid');
	});

	test('the Print button loads every step map before it prints', async ({ page }) => {
		await openStory(page, '/');
		await expect(page.getByRole('button', { name: 'Print', exact: true })).toBeEnabled();
		await page.evaluate(() => {
			window.print = () => {
				const images = [...document.querySelectorAll<HTMLImageElement>('img.print-only')];
				document.body.dataset.printed = String(
					images.every((i) => i.complete && i.naturalWidth > 0) && images.length
				);
			};
		});
		await page.getByRole('button', { name: 'Print', exact: true }).click();
		await expect(page.locator('body')).toHaveAttribute('data-printed', String(story.steps.length));
	});
});

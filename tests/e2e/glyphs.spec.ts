import type { Map as MapLibreMap } from 'maplibre-gl';
import { langParam } from '../../src/lib/locale/editions.ts';
import { editionLangs, loadEdition } from '../../src/lib/server/editions.ts';
import { expect, test, waitForStep } from './fixtures.ts';

/**
 * The labels' glyphs come ready-made from the site (routes/glyphs): MapLibre
 * draws no character itself, which it would do on the main thread with a
 * canvas's fillText (TinySDF) for every one it could not fetch. It still draws
 * grapheme clusters, a letter with a mark or a zero-width non-joiner (Persian
 * has a few): files keyed by code point cannot hold their one shape. Read at
 * the first and the last step of every edition.
 */
for (const lang of editionLangs()) {
	const { steps } = loadEdition(lang, undefined, () => {}).story;
	const path = langParam(lang) ? `/${langParam(lang)}/` : '/';
	test(`${lang}: every map label is drawn from the prebuilt glyph files, none on the page`, async ({
		page
	}) => {
		await page.addInitScript(() => {
			const drawn = ((window as unknown as { glyphsDrawn: string[] }).glyphsDrawn = [] as string[]);
			for (const context of [CanvasRenderingContext2D, OffscreenCanvasRenderingContext2D]) {
				const fillText = context.prototype.fillText;
				context.prototype.fillText = function (text: string, ...rest: [number, number]) {
					drawn.push(text);
					return fillText.call(this, text, ...rest);
				};
			}
		});
		const glyphFiles: string[] = [];
		page.on('response', (response) => {
			if (response.url().includes('/glyphs/')) glyphFiles.push(`${response.status()} ${response.url()}`);
		});
		for (const step of [steps[0], steps.at(-1)!]) {
			await page.goto(`${path}?step=${step.id}`);
			await waitForStep(page, step.id);
			const labels = await page.locator('#story-map').evaluate(async (element) => {
				const map = (element as HTMLElement & { storyMap: MapLibreMap }).storyMap;
				await new Promise((done) => map.once('idle', done).triggerRepaint());
				return map.queryRenderedFeatures().filter((feature) => feature.layer.type === 'symbol').length;
			});
			expect(labels, `labels on the map at ${step.id}`).toBeGreaterThan(0);
			const drawn = await page.evaluate(() => (window as unknown as { glyphsDrawn: string[] }).glyphsDrawn);
			const characters = drawn.filter((text) => [...text].length === 1);
			expect(characters, `characters MapLibre drew itself at ${step.id}`).toEqual([]);
		}
		expect(glyphFiles.length).toBeGreaterThan(0);
		for (const file of glyphFiles) expect(file).toMatch(/^200 /);
	});
}

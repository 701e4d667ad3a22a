import type { Page } from '@playwright/test';
import { MESSAGES } from '../../src/lib/locale/allMessages.ts';
import { EDITIONS } from '../../src/lib/locale/editions.ts';
import { editionLangs, loadEdition } from '../../src/lib/server/editions.ts';
import { DEFAULT_LANG } from '../../src/lib/locale/editions.ts';
import {
	expect,
	expectSameCamera,
	readCamera,
	stepIds,
	test,
	waitForMap,
	waitForStep,
	type MapCamera
} from './fixtures.ts';
import { editionPath, walkStory, type Walked } from './walk.ts';

/**
 * The first story, every edition, at the project's screen size: one walk
 * checks every step (walk.ts), then what belongs to the whole page: the map's
 * name for assistive technology, its labels' glyphs and shaping, deep links
 * landing where the walk did, and (in the original) jumps, the End key, a
 * flick and flights landing where the walk did.
 */
const ARABIC_SCRIPT = /[\u0600-\u06FF]/;

/** Records what MapLibre draws itself (canvas fillText) and the glyph files it asks for. */
async function watchGlyphs(page: Page) {
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
	const files: string[] = [];
	page.on('response', (response) => {
		if (response.url().includes('/glyphs/')) files.push(`${response.status()} ${response.url()}`);
	});
	return files;
}

for (const lang of editionLangs()) {
	const edition = loadEdition(lang, undefined, () => {});
	const { steps } = edition.story;
	const t = MESSAGES[lang];

	// The original's walk is the quick loop's browser test (npm run test:quick).
	const tag = lang === DEFAULT_LANG ? ['@quick'] : [];
	test(
		`${lang}: every step of the walk down and back up, then deep links land where the walk did`,
		{ tag },
		async ({ page }) => {
			const plugin: string[] = [];
			page.on('request', (request) => {
				if (request.url().endsWith('/rtl-text.mjs')) plugin.push(request.url());
			});
			const glyphFiles = await watchGlyphs(page);

			const walked = await walkStory(page, edition);

			// The map is a named region; its canvas is hidden from assistive technology.
			await expect(page.getByRole('region', { name: t.mapOfThePlaces, exact: true })).toBeVisible();
			await expect(page.locator('#story-map canvas')).toHaveAttribute('aria-hidden', 'true');
			await expect(page.locator('#story-map canvas')).toHaveAttribute('tabindex', '-1');

			// Every label came from the prebuilt glyph files: MapLibre drew no character itself (it still
			// draws clusters, a letter with a mark or a zero-width non-joiner, which no file can hold).
			const drawn = await page.evaluate(() => (window as unknown as { glyphsDrawn: string[] }).glyphsDrawn);
			expect(
				drawn.filter((text) => [...text].length === 1),
				'characters MapLibre drew itself'
			).toEqual([]);
			expect(glyphFiles.length).toBeGreaterThan(0);
			for (const file of glyphFiles) expect(file).toMatch(/^200 /);

			// Right to left, labels are shaped by the plugin, loaded before the first frame; never otherwise.
			if (EDITIONS[lang].dir === 'rtl') {
				await expect(page.locator('#story-map')).toHaveAttribute('data-rtl-text', 'loaded');
				expect(plugin).toHaveLength(1);
				const labels = await page.locator('#story-map').evaluate((element) =>
					(element as HTMLElement & { storyMap: import('maplibre-gl').Map }).storyMap
						.queryRenderedFeatures()
						// Each label layer's own text (a name, an arc's label), icons apart: a step's
						// arc label may still be drawn, fading, when the map has moved on.
						.flatMap((feature) => {
							const layer = feature.layer;
							const field = layer.type === 'symbol' ? layer.layout?.['text-field'] : undefined;
							if (!field) return [];
							const key = Array.isArray(field) && typeof field[1] === 'string' ? field[1] : 'name';
							const id = feature.properties.id ?? feature.id ?? '?';
							return [
								{
									where: `layer ${layer.id}, feature ${id}, field ${JSON.stringify(field)}`,
									text: String(feature.properties[key] ?? '')
								}
							];
						})
				);
				expect(labels.length).toBeGreaterThan(0);
				// A failure names the layer, the feature and the text field it read (a rare empty label was seen once).
				for (const { where, text } of labels) expect(text, where).toMatch(ARABIC_SCRIPT);
			} else {
				await expect(page.locator('#story-map')).toHaveAttribute('data-rtl-text', 'unavailable');
				expect(plugin).toEqual([]);
			}

			if (lang === DEFAULT_LANG) await jumpsLandWhereTheWalkDid(page, walked);

			// Opened by address, a step lands where scrolling there did: by ?step= and (in the
			// original) by #id.
			const middle = steps[Math.floor(steps.length / 2)];
			const last = steps[steps.length - 1];
			const addresses: [string, typeof middle][] = [[`?step=${middle.id}`, middle]];
			if (lang === DEFAULT_LANG) addresses.push([`#${last.id}`, last]);
			for (const [address, step] of addresses) {
				await page.goto(`${editionPath(edition)}${address}`);
				expectSameCamera(await waitForStep(page, step.id), walked.cameras[step.id], address);
				await expect(page.locator(`article#${step.id}`)).toBeInViewport();
			}
		}
	);
}

/** The camera once the map holds still after the scroll's frame, whatever step that is. */
async function settled(page: Page): Promise<MapCamera> {
	await page.evaluate(async () => {
		for (let i = 0; i < 2; i++) await new Promise((done) => requestAnimationFrame(done));
	});
	await waitForMap(page, { moving: 'false' }, 'the map comes to rest');
	return readCamera(page);
}

const scrollTo = (page: Page, top: number) =>
	page.evaluate((y) => window.scrollTo({ top: y, behavior: 'instant' }), top);

/**
 * The active step is a function of the scroll position and the screen alone:
 * positions the walk passed, reached again by jumps in a scrambled order (as a
 * restored scroll position or an anchor is), the top, the End key and a fast
 * flick land on the step and camera the walk had there; with motion on, the
 * flick cuts flights short and steps reached by flights land where jumps did.
 */
async function jumpsLandWhereTheWalkDid(page: Page, walked: Walked) {
	const ids = await stepIds(page);
	const bottom = await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight);
	const at = walked.stepAt;
	// Five positions through the story, some in gaps between cards, and the top.
	const picks = [0.33, 0.93, 0, 0.71, 0.12, 0.5].map((f) => at[Math.round(f * (at.length - 1))]);
	for (const jump of [...picks.slice(0, 3), 'End' as const, ...picks.slice(3)]) {
		if (jump === 'End') {
			// Nothing focused, so the key scrolls the document (not a button or the map); smoothly, in Chromium.
			await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
			await page.keyboard.press('End');
			await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(bottom);
		} else await scrollTo(page, jump.y);
		const step = jump === 'End' ? ids.at(-1)! : jump.step;
		await waitForStep(page, step);
		expectSameCamera(
			await settled(page),
			walked.cameras[step],
			`after a jump to ${jump === 'End' ? 'End' : jump.y}`
		);
	}

	// Motion on from here: the camera flies, and a flight under way is cut short by the next scroll.
	await page.emulateMedia({ reducedMotion: 'no-preference' });
	await scrollTo(page, 0);
	await waitForStep(page, ids[0]);
	await settled(page);
	// A flick to the last card: eight jumps 40 ms apart. No assertion on how long it took: on a
	// shared machine the timers stretch, and the end state must be the same however fast.
	await page.evaluate(async (end) => {
		const start = window.scrollY;
		for (let i = 1; i <= 8; i++) {
			window.scrollTo({ top: start + ((end - start) * i) / 8, behavior: 'instant' });
			await new Promise((resolve) => setTimeout(resolve, 40));
		}
	}, walked.readingAt[ids.at(-1)!]);
	await waitForStep(page, ids.at(-1)!);
	expectSameCamera(await settled(page), walked.cameras[ids.at(-1)!], 'after a flick');

	// A flight from the top by the Next button: drawn in many frames, it lands where the jump did.
	await scrollTo(page, 0);
	await waitForStep(page, ids[0]);
	await settled(page);
	await page.getByRole('button', { name: MESSAGES[DEFAULT_LANG].nextStep }).click();
	await waitForStep(page, ids[1]);
	expect(Number(await page.locator('#story-map').getAttribute('data-camera-frames'))).toBeGreaterThan(1);
	expectSameCamera(await settled(page), walked.cameras[ids[1]], `flown to ${ids[1]}`);
	await page.emulateMedia({ reducedMotion: 'reduce' });
}

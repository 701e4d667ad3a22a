import { SECOND_STORY } from '../../playwright.config.ts';
import { ARCHIVE_BOUNDS } from '../fixtures/basemap/make-archive.ts';
import { MESSAGES } from '../../src/lib/locale/allMessages.ts';
import { newsroomLayers } from '../../src/lib/geo/newsroomLayers.ts';
import { PALETTES } from '../../src/lib/geo/palette.ts';
import { contentPaths } from '../../src/lib/server/content.ts';
import { loadEdition } from '../../src/lib/server/editions.ts';
import { engage, expect, HOST_ORIGIN, test, waitForIdle, waitForStep } from './fixtures.ts';

/**
 * A newsroom's own basemap (story.basemap): the second story names a PMTiles
 * archive on the host fixture's origin (tests/fixtures/basemap), read by range
 * requests. The close-up draws it over Natural Earth; the page may read from
 * that origin and no other; a broken archive leaves Natural Earth and a notice.
 */
const edition = loadEdition('en', contentPaths({ STORY_DIR: SECOND_STORY.dir }), () => {});
const archive = edition.story.basemap!;
/** The step whose places lie where the archive has tiles: its close-up shows the archive's streets. */
const [west, south, east, north] = ARCHIVE_BOUNDS;
const inArchive = (id: string) => {
	const [lon, lat] = edition.places.find((p) => p.id === id)!.anchor;
	return lon >= west && lon <= east && lat >= south && lat <= north;
};
const closeUp = edition.story.steps.find((s) => s.focus.length > 0 && s.focus.every(inArchive));

type MapElement = HTMLElement & { storyMap: import('maplibre-gl').Map };

/** The archive's features the map has drawn, by source layer and kind. */
async function drawnFromArchive(page: import('@playwright/test').Page): Promise<string[]> {
	return page.locator('#story-map').evaluate((element) => {
		const map = (element as MapElement).storyMap;
		const ids = map
			.getStyle()
			.layers.filter(
				(l) =>
					'source' in l && l.source === 'newsroom' && map.getLayoutProperty(l.id, 'visibility') !== 'none'
			)
			.map((l) => l.id);
		return [
			...new Set(
				map.queryRenderedFeatures({ layers: ids }).map((f) => `${f.sourceLayer}:${f.properties.kind}`)
			)
		].sort();
	});
}

test('the close-up draws the newsroom archive over Natural Earth', async ({ page }, testInfo) => {
	expect(closeUp, 'a step framed inside the archive').toBeDefined();
	const glyphs: string[] = [];
	page.on('response', (response) => {
		if (response.url().includes('/glyphs/')) glyphs.push(`${response.status()} ${response.url()}`);
	});
	await page.goto(`/?step=${closeUp!.id}`);
	await engage(page);
	await waitForStep(page, closeUp!.id);
	await waitForIdle(page);
	const drawn = await drawnFromArchive(page);
	for (const kind of ['roads:major_road', 'roads:other', 'landuse:industrial', 'landuse:aerodrome'])
		expect(drawn, kind).toContain(kind);
	// Its names, in the build's glyph files: a neighbourhood's shows at this zoom (streets' from 11).
	expect(drawn).toContain('places:neighbourhood');
	expect(glyphs.length).toBeGreaterThan(0);
	for (const response of glyphs) expect(response).toMatch(/^200 /);
	// Its credit is on the map, a line of its own under Natural Earth's, clear of what shares the corner.
	const credit = page.locator('.map-archive-credit');
	await expect(credit).toHaveText(archive.attribution);
	await expect(page.locator('.maplibregl-ctrl-attrib:not(.map-archive-credit)')).toContainText(
		'Natural Earth'
	);
	// Nothing that shares the credits' corner, or the map's top edge, overlaps another.
	const boxes: [string, { x: number; y: number; width: number; height: number }][] = [];
	for (const selector of [
		'.maplibregl-ctrl-attrib:not(.map-archive-credit)',
		'.map-archive-credit',
		'.maplibregl-ctrl-scale',
		'.locator-inset',
		'.time-rail',
		'.step-nav'
	]) {
		const element = page.locator(selector).first();
		if (await element.isVisible()) boxes.push([selector, (await element.boundingBox())!]);
	}
	for (const [i, [name, a]] of boxes.entries())
		for (const [other, b] of boxes.slice(i + 1)) {
			const apart =
				a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
			expect(apart, `${name} and ${other} overlap`).toBe(true);
		}
	// The poster that stood in before the live map drew the archive too (the build read the same file).
	const poster = await (
		await page.request.get(`/posters/${testInfo.project.use.isMobile ? 'phone' : 'wide'}/${closeUp!.id}.svg`)
	).text();
	const aerodrome = newsroomLayers(archive, PALETTES.light, 'light').find(
		(l) => l.id === 'newsroom-landuse_aerodrome'
	)!;
	expect(poster).toContain(`fill="${(aerodrome.paint as Record<string, string>)['fill-color']}"`);
	await testInfo.attach('close-up with the archive', {
		body: await page.screenshot(),
		contentType: 'image/png'
	});
});

test.describe('at one size: the policy and the fallback', () => {
	test.skip(({ isMobile }) => isMobile, 'the policy and the fallback do not depend on the screen');

	test("the page may read the archive's origin and no other", async ({ page }) => {
		await page.goto('/');
		const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
		const connect = policy!
			.split(';')
			.map((d) => d.trim().split(/\s+/))
			.find(([name]) => name === 'connect-src')!;
		expect(connect.slice(1)).toEqual(["'self'", new URL(archive.url).origin]);
		expect(new URL(archive.url).origin).toBe(HOST_ORIGIN);
	});

	for (const [failure, answer] of [
		['missing (404)', { status: 404, body: 'not found' }],
		[
			'with a corrupt header',
			{ status: 206, body: 'not a PMTiles archive at all', headers: { 'content-range': 'bytes 0-27/28' } }
		]
	] as const)
		test(`an archive ${failure} leaves Natural Earth and the story whole, with one notice`, async ({
			page
		}) => {
			await page.route(`${archive.url}*`, (route) => route.fulfill(answer));
			await page.goto(`/?step=${closeUp!.id}`);
			await engage(page);
			await waitForStep(page, closeUp!.id);
			await waitForIdle(page);
			await expect(page.getByRole('status')).toContainText(MESSAGES.en.basemapFailed);
			await expect(page.getByText(MESSAGES.en.basemapFailed)).toHaveCount(1);
			expect(await drawnFromArchive(page)).toEqual([]);
			// The story's own layers still draw: the step's place and the land beneath it.
			const story = await page.locator('#story-map').evaluate((element) => {
				const map = (element as MapElement).storyMap;
				return map.queryRenderedFeatures().map((f) => f.source);
			});
			expect(story).toContain('story');
			// Natural Earth at one of its scales (the 1:110m world, 1:50m region or 1:10m close-ups).
			expect(story.filter((source) => ['world', 'region', 'close'].includes(source)).length).toBeGreaterThan(
				0
			);
		});
});

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FrameLocator, Page } from '@playwright/test';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { STUDIO } from '../../playwright.config.ts';
import { contentPaths, loadContent } from '../../src/lib/server/content.ts';
import { validateLayer } from '../../src/lib/story/validateLayer.ts';
import { expect, test } from './fixtures.ts';

/**
 * On the development server, with a copy of the second story that these tests
 * break and mend (STUDIO in playwright.config.ts): a content mistake shows in
 * the page and clears when fixed; the studio shows every step at both sizes;
 * a camera copied from the studio, pasted into the story, gives that view; a
 * place clicked on the studio's map passes the story's checks once written.
 */
test.describe.configure({ mode: 'serial' });

const paths = contentPaths({ STORY_DIR: STUDIO.dir });
const storyFile = join(paths.root, paths.storyFile);
const original = readFileSync(storyFile, 'utf8');
const { story, layers } = loadContent(paths);

test.afterEach(() => writeFileSync(storyFile, original));

/** The story with `lines` written under the step's id line. */
function withLines(stepId: string, lines: string): string {
	return original.replace(new RegExp(`^id: ${stepId}$`, 'm'), `id: ${stepId}\n${lines}`);
}

/** The studio's large live view of a step at desktop size, its map drawn. */
async function openLarge(page: Page, stepId: string): Promise<FrameLocator> {
	await page.goto('/studio');
	await page
		.locator(`article.step[data-step="${stepId}"]`)
		.getByRole('button', { name: /desktop/ })
		.click();
	const frame = page.frameLocator('#large iframe');
	await frame.locator('#story-map[data-ready="true"]').waitFor({ state: 'attached', timeout: 120_000 });
	return frame;
}

test('a broken story shows every problem in the page, with its line, and clears when fixed', async ({
	page
}) => {
	const step = story.steps[1];
	await page.goto(`/?step=${step.id}`);
	await expect(page.locator(`article#${step.id}`)).toBeVisible({ timeout: 120_000 });
	// Hydrated: the page listens for saves from here on.
	await expect(page.locator('.story')).toHaveAttribute('data-map-mode', /.+/, { timeout: 120_000 });
	writeFileSync(storyFile, original.replace(/^focus: .*$/m, 'focus: no-such-place'));
	const errors = page.locator('.content-errors li');
	await expect(errors.first()).toBeVisible({ timeout: 60_000 });
	const first = story.steps[0];
	const line = original.split('\n').findIndex((l) => l.startsWith('focus:')) + 1;
	await expect(errors.first()).toContainText(`${paths.storyFile}:${line}`);
	await expect(errors.first()).toContainText(`step "${first.id}"`);
	await expect(errors.first()).toContainText('focus');
	await expect(errors.first()).toContainText('no-such-place');
	writeFileSync(storyFile, original);
	// Mended and saved: the page is the story again, without a reload by hand.
	await expect(page.locator('.content-errors')).toHaveCount(0, { timeout: 60_000 });
	await expect(page.locator(`article#${step.id}`)).toBeVisible();
});

test('the studio shows every step at phone and desktop size, with the checks', async ({ page }) => {
	await page.goto('/studio');
	await expect(page.locator('#summary')).toHaveAttribute('data-errors', '0', { timeout: 120_000 });
	for (const step of story.steps) {
		const card = page.locator(`article.step[data-step="${step.id}"]`);
		await expect(card.locator('h3')).toContainText(step.title);
		const images = card.locator('img');
		await expect(images).toHaveCount(2);
		for (const image of await images.all())
			await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
	}
});

test('a camera copied in the studio and pasted into the story gives that view', async ({ page }) => {
	const step = story.steps.find((s) => !s.explore && s.camera.center === undefined)!;
	const frame = await openLarge(page, step.id);
	await page.getByRole('button', { name: 'Pan and zoom' }).click();
	// The editor's own view: moved and closer than the step's frame.
	const set = await frame.locator('#story-map').evaluate((element) => {
		const map = (element as HTMLElement & { storyMap: MapLibreMap }).storyMap;
		const { lng, lat } = map.getCenter();
		const camera = { center: [lng + 0.3, lat - 0.2] as [number, number], zoom: map.getZoom() + 0.7 };
		map.jumpTo(camera);
		return camera;
	});
	await page.getByRole('button', { name: 'Copy camera' }).click();
	const lines = await page.locator('#large textarea').inputValue();
	expect(lines).toMatch(/^center: .+\nzoom: .+$/);
	writeFileSync(storyFile, withLines(step.id, lines));
	const reader = await page.context().newPage();
	await reader.setViewportSize({ width: 1280, height: 800 });
	await reader.goto(`/?step=${step.id}`);
	const map = reader.locator(`#story-map[data-ready="true"][data-step="${step.id}"][data-moving="false"]`);
	await map.waitFor({ state: 'attached', timeout: 120_000 });
	const shown = await map.evaluate((element) => {
		const live = (element as HTMLElement & { storyMap: MapLibreMap }).storyMap;
		return { center: live.getCenter().toArray(), zoom: live.getZoom() };
	});
	expect(shown.zoom).toBeCloseTo(set.zoom, 1);
	expect(shown.center[0]).toBeCloseTo(set.center[0], 3);
	expect(shown.center[1]).toBeCloseTo(set.center[1], 3);
});

test("a place clicked on the studio's map passes the story's checks once its words are written", async ({
	page
}) => {
	const step = story.steps[0];
	await openLarge(page, step.id);
	await page.getByLabel('New place').fill('Harbour light');
	// The map's middle, in the page's pixels (the frame is scaled to fit the dialog).
	const box = (await page.locator('#large iframe').boundingBox())!;
	await page.mouse.click(box.x + box.width * 0.6, box.y + box.height * 0.3);
	await expect(page.locator('#large textarea')).toHaveValue(/"id": "harbour-light"/, { timeout: 30_000 });
	const text = await page.locator('#large textarea').inputValue();
	const feature = JSON.parse(text.slice(0, text.indexOf('\n\nStill to write')));
	const layer = layers.find((l) => l.features.some((f) => f.geometry.type === 'Point'))!;
	const file = `${paths.geoDir}/${layer.id}.geojson`;
	const json = JSON.parse(readFileSync(join(paths.root, file), 'utf8'));
	// As clicked, the words are missing: the checks say which.
	const unwritten = validateLayer(file, layer.id, { ...json, features: [...json.features, feature] }).issues;
	expect(unwritten.map((i) => i.field).sort()).toEqual(['kind', 'sources', 'summary']);
	feature.properties.kind = 'lighthouse';
	feature.properties.summary = 'A light at the harbour mouth.';
	feature.properties.sources = [{ outlet: 'Harbour authority', title: 'Lights list', date: '2024' }];
	expect(validateLayer(file, layer.id, { ...json, features: [...json.features, feature] }).issues).toEqual(
		[]
	);
});

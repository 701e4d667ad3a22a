import { loadContent } from '../../src/lib/server/content.ts';
import { ENGLISH } from '../../src/lib/locale/locale.ts';
import { expect, expectSameCamera, readCamera, stepIds, test, waitForStep } from './fixtures.ts';

/** The story, parsed: tests take their steps and places from it. */
const { story, places } = loadContent();
const [first, second] = story.steps;
/** A step late in the story, with places of its own. */
const later = story.steps[story.steps.length - 3];

test('a flick from top to bottom (eight jumps 40 ms apart) ends in the last step state', async ({ page }) => {
	await page.goto('/');
	const ids = await stepIds(page);
	await waitForStep(page, ids[0]);
	const lastCard = await page
		.locator(`article#${ids.at(-1)}`)
		.evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
	const target = lastCard - 0.3 * page.viewportSize()!.height;
	// No assertion on how long it took: on a shared machine the timers stretch, and the
	// end state must be the same however fast the flick was.
	await page.evaluate(async (end) => {
		const start = window.scrollY;
		for (let i = 1; i <= 8; i++) {
			window.scrollTo({ top: start + ((end - start) * i) / 8, behavior: 'instant' });
			await new Promise((resolve) => setTimeout(resolve, 40));
		}
	}, target);
	const flicked = await waitForStep(page, ids.at(-1)!);
	await page.goto(`/?step=${ids.at(-1)}`);
	expectSameCamera(await waitForStep(page, ids.at(-1)!), flicked, 'after a flick');
});

test('a resize re-frames the current step as a deep link at the new size would', async ({ page }) => {
	await page.goto(`/?step=${later.id}`);
	const before = await waitForStep(page, later.id);
	const size = page.viewportSize()!;
	await page.setViewportSize({ width: size.height, height: size.width });
	// Wait for the re-framed camera, then for it to hold still.
	await expect.poll(async () => (await readCamera(page)).bounds.join()).not.toBe(before.bounds.join());
	let previous = '';
	await expect
		.poll(async () => {
			const current = JSON.stringify(await readCamera(page));
			const stable = current === previous;
			previous = current;
			return stable;
		})
		.toBe(true);
	const resized = await readCamera(page);
	await page.goto(`/?step=${later.id}`);
	expectSameCamera(await waitForStep(page, later.id), resized, 'resized vs deep link at the new size');
});

test('a lost WebGL context falls back to static maps, and the map returns when it is restored', async ({
	page
}) => {
	await page.goto(`/?step=${second.id}`);
	await waitForStep(page, second.id);
	await page.evaluate(() => {
		const canvas = document.querySelector<HTMLCanvasElement>('#story-map canvas')!;
		const gl = canvas.getContext('webgl2')!;
		(window as unknown as { lose: WEBGL_lose_context }).lose = gl.getExtension('WEBGL_lose_context')!;
		(window as unknown as { lose: WEBGL_lose_context }).lose.loseContext();
	});
	await expect(page.locator('.story')).toHaveAttribute('data-map-mode', 'static');
	await expect(page.getByRole('status').filter({ hasText: 'graphics context was lost' })).toBeVisible();
	const image = page.locator(`article#${second.id} img.static-map`);
	await expect(image).toBeVisible();
	await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);

	await page.evaluate(() => (window as unknown as { lose: WEBGL_lose_context }).lose.restoreContext());
	await expect(page.locator('.story')).toHaveAttribute('data-map-mode', 'map');
	await waitForStep(page, second.id);
});

test('a geo file that fails to load gives a notice and a readable story', async ({ page }) => {
	await page.route('**/story-geo.json', (route) => route.abort());
	await page.goto(`/?step=${later.id}`);
	await expect(page.getByRole('status').filter({ hasText: 'map data could not be loaded' })).toBeVisible();
	await expect(page.locator('.story')).toHaveAttribute('data-map-mode', 'static');
	await expect(page.locator(`article#${later.id}`)).toContainText(later.title);
	await expect(page.locator(`article#${later.id} img.static-map`)).toBeVisible();
	const place = places.find((p) => p.id === later.focus[0])!;
	await page.locator(`#places button[data-place="${place.id}"]`).click();
	await expect(page.getByRole('dialog', { name: place.name })).toBeVisible();
});

test("a place's details that fail to load give a notice and the place's section, and the next try opens them", async ({
	page
}) => {
	const place = places.find((p) => p.id === later.focus[0])!;
	await page.route('**/reading.json*', (route) => route.abort());
	await page.goto('/');
	await page.locator(`#places button[data-place="${place.id}"]`).click();
	await expect(page.getByRole('status').filter({ hasText: ENGLISH.t.placeDetailsFailed })).toBeVisible();
	await expect(page.getByRole('dialog')).toBeHidden();
	// The prerendered appendix has the same details: the reader is taken there.
	await expect(page.locator(`#place-${place.id}`)).toBeInViewport();
	await expect(page.locator(`#place-${place.id}`)).toContainText(place.summary);
	await page.unroute('**/reading.json*');
	await page.locator(`#places button[data-place="${place.id}"]`).click();
	await expect(page.getByRole('dialog', { name: place.name })).toContainText(place.summary);
});

test('a stale copy of the details without the place opened gives a notice, not an empty dialog', async ({
	page
}) => {
	const place = places.find((p) => p.id === later.focus[0])!;
	await page.route('**/reading.json*', async (route) => {
		const reading = await (await route.fetch()).json();
		await route.fulfill({ json: { ...reading, places: {} } });
	});
	await page.goto('/');
	await page.locator(`#places button[data-place="${place.id}"]`).click();
	await expect(page.getByRole('status').filter({ hasText: ENGLISH.t.placeDetailsFailed })).toBeVisible();
	await expect(page.getByRole('dialog')).toBeHidden();
	await expect(page.locator(`#place-${place.id}`)).toBeInViewport();
});

test('bad parameters give a clear notice and the first step, never injected content', async ({ page }) => {
	let alerted = false;
	page.on('dialog', async (dialog) => {
		alerted = true;
		await dialog.dismiss();
	});
	await page.goto('/?step=nope');
	await expect(page.getByRole('status')).toContainText('step called "nope"');
	await waitForStep(page, first.id);

	const hostile = '<script>alert(1)</script><img src=x onerror=alert(2)>';
	await page.goto(`/?place=${encodeURIComponent(hostile)}`);
	const notice = page.getByRole('status');
	await expect(notice).toContainText('place called "<script>alert(1)</script><img src=x onerror=alert(2)>"');
	await expect(notice.locator('script, img')).toHaveCount(0);
	await expect(page.getByRole('dialog')).toHaveCount(0);
	await waitForStep(page, first.id);

	const last = places[places.length - 1];
	await page.goto(`/?place=${last.id}`);
	await expect(page.getByRole('dialog', { name: last.name })).toBeVisible();
	expect(alerted).toBe(false);
});

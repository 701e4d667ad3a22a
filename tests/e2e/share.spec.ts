import { SITE_URL } from '../../playwright.config.ts';
import { loadContent } from '../../src/lib/server/content.ts';
import { plainText } from '../../src/lib/story/inline.ts';
import { MESSAGES } from '../../src/lib/locale/allMessages.ts';
import { SHARE_IMAGE_SIZE, shareImagePath, sharePagePath } from '../../src/lib/story/share.ts';
import { expect, openStory, test, waitForActive } from './fixtures.ts';

const { story } = loadContent();

/** A PNG's size, from its header (IHDR): what a link-preview validator reads first. */
function pngSize(png: Buffer): { width: number; height: number } {
	expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
	return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

test.describe('share pages, as a link-preview crawler sees them', () => {
	test.skip(({ isMobile }) => isMobile, 'the prerendered tags do not depend on the screen');
	// Crawlers run no scripts.
	test.use({ javaScriptEnabled: false });

	test('every step has a page with absolute preview tags and a 1200×630 image of its own map', async ({
		page,
		request
	}) => {
		const images = new Set<string>();
		for (const step of story.steps) {
			const url = `${SITE_URL}/${sharePagePath(step.id)}/`;
			const response = await page.goto(url);
			expect(response?.status(), url).toBe(200);
			const meta = (key: string) =>
				page.locator(`meta[property="${key}"], meta[name="${key}"]`).getAttribute('content');
			expect(await meta('og:title')).toBe(step.title);
			expect(plainText(step.body[0])).toContain(((await meta('og:description')) ?? '').slice(0, 40));
			expect(await meta('og:url')).toBe(url);
			expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(url);
			expect(await meta('twitter:card')).toBe('summary_large_image');
			const image = (await meta('og:image'))!;
			expect(image).toBe(`${SITE_URL}/${shareImagePath(step.id)}`);
			expect(await meta('og:image:width')).toBe(String(SHARE_IMAGE_SIZE.width));
			expect(await meta('og:image:height')).toBe(String(SHARE_IMAGE_SIZE.height));
			expect(await meta('og:image:alt')).toContain(step.title);

			const png = await request.get(image);
			expect(png.headers()['content-type']).toBe('image/png');
			const body = await png.body();
			expect(pngSize(body)).toEqual(SHARE_IMAGE_SIZE);
			expect(body.length, `${image} is under 300 KB`).toBeLessThan(300 * 1024);
			images.add(body.toString('base64'));
		}
		// Each step's image is its own.
		expect(images.size).toBe(story.steps.length);
	});

	test('a share page carries its one step, its map and links on to the story, and no app code', async ({
		page,
		request
	}) => {
		for (const [index, step] of story.steps.entries()) {
			const path = `/${sharePagePath(step.id)}/`;
			// The whole story in each share page made the build grow with steps × places.
			const html = await (await request.get(path)).text();
			expect(html.length, `${path} is a page of one step`).toBeLessThan(16 * 1024);
			await page.goto(path);
			await expect(page.getByRole('heading', { level: 2 })).toHaveText(step.title);
			const other = story.steps[(index + 1) % story.steps.length];
			await expect(page.getByText(other.title, { exact: true })).toHaveCount(0);
			const map = page.locator('img.static-map');
			await expect(map).toBeVisible();
			expect(await map.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
			const onward = page.getByRole('link', { name: MESSAGES.en.readFromThisStep });
			expect(new URL((await onward.getAttribute('href'))!, page.url()).href).toBe(
				new URL(`/#${step.id}`, page.url()).href
			);
			// Its one script sends a reader's browser on; no app code comes with it.
			const scripts = await page
				.locator('script')
				.evaluateAll((all) => all.map((script) => (script as HTMLScriptElement).src || 'inline'));
			expect(scripts, path).toEqual([new URL('/share-redirect.js', page.url()).href]);
		}
	});

	test('the story page previews as its first step', async ({ page }) => {
		await page.goto('/');
		await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', story.title);
		await expect(page.locator('meta[property="og:image"]')).toHaveAttribute(
			'content',
			`${SITE_URL}/${shareImagePath(story.steps[0].id)}`
		);
		await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${SITE_URL}/`);
	});
});

test.use({ liveMap: false });

test('a share page takes the reader on to the story at its step, in its place in the history', async ({
	page
}) => {
	const index = Math.floor(story.steps.length / 2);
	const step = story.steps[index];
	await page.goto('/favicon.svg');
	await page.goto(`/${sharePagePath(step.id)}/`);
	await page.waitForURL((url) => url.pathname === '/');
	await expect(page.locator('.story')).toHaveAttribute('data-map-mode', /.+/);
	await waitForActive(page, index);
	expect(new URL(page.url()).pathname).toBe('/');
	await expect(page.locator(`article#${step.id}`)).toBeInViewport();
	// Once the address names the step (the reader paused there), Back returns to where the link
	// was found, not to the share page.
	await page.waitForURL((url) => url.searchParams.get('step') === step.id);
	await page.goBack();
	expect(new URL(page.url()).pathname).toBe('/favicon.svg');
});

test('Share copies the step link where there is no share sheet, and uses the sheet where there is', async ({
	page,
	context
}) => {
	const step = story.steps[1];
	const expected = `${SITE_URL}/${sharePagePath(step.id)}/`;
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	// Linux Chromium has no share sheet: this is the copy path.
	await page.addInitScript(() => Object.defineProperty(navigator, 'share', { value: undefined }));
	await openStory(page, `/?step=${step.id}`);
	await waitForActive(page, 1);
	const card = page.locator(`article#${step.id}`);
	await card.getByRole('button', { name: /^Share/ }).click();
	await expect(card.getByRole('status')).toHaveText('Link copied');
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);

	const other = await context.newPage();
	await other.addInitScript(() => {
		Object.defineProperty(navigator, 'share', {
			value: (data: ShareData) => {
				document.body.dataset.shared = JSON.stringify(data);
				return Promise.resolve();
			}
		});
	});
	await openStory(other, `/?step=${step.id}`);
	await waitForActive(other, 1);
	await other
		.locator(`article#${step.id}`)
		.getByRole('button', { name: /^Share/ })
		.click();
	await expect(other.locator('body')).toHaveAttribute('data-shared', /.+/);
	const shared = JSON.parse((await other.locator('body').getAttribute('data-shared'))!);
	expect(shared).toMatchObject({ title: step.title, url: expected });
});

import type { FrameLocator, Page } from '@playwright/test';
import { HOST_ORIGIN, expect, test, waitForStep } from './fixtures.ts';
import { storyLayout } from '../../src/lib/camera/layout.ts';
import { embedSnippets } from '../../src/lib/embed/snippets.ts';
import { EDITIONS, langParam, type Lang } from '../../src/lib/locale/editions.ts';
import { loadEdition, type EditionContent } from '../../src/lib/server/editions.ts';
import { SITE_URL } from '../../playwright.config.ts';

/**
 * Host-captions mode as a newsroom uses it: the Embed dialog's snippet in an
 * article on another origin whose own paragraphs (written here, not the
 * story's) are marked with the steps, an advert between two of them and one
 * paragraph naming a step the story does not have.
 */
const editions: Record<Lang, EditionContent> = {
	en: loadEdition('en'),
	fa: loadEdition('fa', undefined, () => {})
};
const UNKNOWN = 'not-a-step';

/** The snippet with its sample paragraphs replaced by the host's own: two per step. */
function articleBody(lang: Lang): string {
	const { story } = editions[lang];
	const root = `${SITE_URL}/${langParam(lang) ? `${lang}/` : ''}`;
	const snippet = embedSnippets(root, story.steps[0].id, story.title, lang, story.steps).find(
		(s) => s.kind === 'captions'
	)!.html;
	const words = 'The newsroom’s own reporting, set in its own type, with its own links and notes. '.repeat(4);
	const body = snippet.replace(/<p data-storymap-step="([^"]+)">[^<]*<\/p>/g, (_, id: string) => {
		const index = story.steps.findIndex((step) => step.id === id);
		const paragraphs = [1, 2].map(
			(n) => `<p data-storymap-step="${id}">Host paragraph ${n} on ${id}. ${words}</p>`
		);
		// An advert between two paragraphs, and a paragraph with a mistyped step.
		if (index === 1) paragraphs.splice(1, 0, '<div class="ad">Advertisement</div>');
		if (index === 2)
			paragraphs.push(`<p data-storymap-step="${UNKNOWN}">A paragraph marked by mistake. ${words}</p>`);
		return paragraphs.join('\n');
	});
	return `<h1>Host headline</h1>\n<p>The article's opening, before the map. ${words}</p>\n${body}\n<p>After the story. ${words}</p>\n<p>${words}</p>`;
}

/**
 * Opens the article, served from the host fixture's origin (another origin
 * than the story's), in a centred column as newsroom articles are set.
 */
async function openArticle(page: Page, lang: Lang) {
	const html = `<!doctype html>
<html lang="${lang}" dir="${EDITIONS[lang].dir}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Host article</title>
<style>
body{font-family:Georgia,serif;margin:0;line-height:1.5}
header,footer{background:#eee;padding:1rem}
.article-body{max-width:64rem;margin:0 auto;padding:0 1rem}
.article-body p{margin:0 0 1.2rem}
.ad{height:120px;background:#f4efe6;margin:0 0 1.2rem}
</style></head>
<body><header>Newsroom</header>
<main class="article-body">${articleBody(lang)}</main>
<footer>Comments and more articles</footer></body></html>`;
	// Served by the host fixture (a page fulfilled by the test would not be on the loopback address).
	const response = await fetch(`${HOST_ORIGIN}/pages`, { method: 'POST', body: html });
	await page.goto(`${HOST_ORIGIN}${await response.text()}`);
}

const frameOf = (page: Page): FrameLocator => page.frameLocator('[data-storymap-captions] iframe');

/** Scrolls the host so the first paragraph of a step sits just past the story page's trigger line. */
async function readStep(page: Page, stepId: string) {
	const { triggerLine } = storyLayout(page.viewportSize()!);
	await page.evaluate(
		([id, line]) => {
			const top = document.querySelector(`[data-storymap-step="${id}"]`)!.getBoundingClientRect().top;
			window.scrollTo({ top: top + window.scrollY - line * window.innerHeight + 2, behavior: 'instant' });
		},
		[stepId, triggerLine] as const
	);
}

/** Sum of the host page's layout shifts so far (the frame's own are its business). */
function hostLayoutShift(page: Page): Promise<number> {
	return page.evaluate(
		() =>
			new Promise<number>((done) => {
				new PerformanceObserver((list) => {
					done(
						list
							.getEntries()
							.reduce((sum, entry) => sum + (entry as PerformanceEntry & { value: number }).value, 0)
					);
				}).observe({ type: 'layout-shift', buffered: true });
				setTimeout(() => done(0), 500);
			})
	);
}

for (const lang of ['en', 'fa'] as const) {
	const { story } = editions[lang];
	const { steps } = story;

	test(`${lang}: the article's paragraphs drive the pinned map down and back up, past an advert and a mistyped step`, async ({
		page
	}) => {
		const hostConsole: string[] = [];
		page.on('console', (message) => {
			if (['warning', 'error'].includes(message.type())) hostConsole.push(message.text());
		});
		await openArticle(page, lang);
		const frame = frameOf(page);
		const iframe = page.locator('[data-storymap-captions] iframe');
		await expect(iframe).toHaveAttribute('title', story.title);
		await waitForStep(frame, steps[0].id);
		const desktop = page.viewportSize()!.width > 767;
		const viewport = page.viewportSize()!;

		for (const step of [...steps, ...[...steps].reverse().slice(1)]) {
			await readStep(page, step.id);
			await waitForStep(frame, step.id);
			const at = `${lang} at ${step.id}`;
			// Readers who prefer less motion (the tests' default) get a jump.
			await expect(frame.locator('#story-map'), at).toHaveAttribute('data-camera-frames', '1');
			// What the map shows, in words, for a screen reader: once a step.
			await expect(frame.locator('.map-description[aria-live]'), at).toHaveText(step.mapDescription);
			// No text of its own in the frame: the article is the text.
			await expect(frame.locator('article.step'), at).toHaveCount(0);

			const box = (await iframe.boundingBox())!;
			const paragraph = (await page.locator(`[data-storymap-step="${step.id}"]`).first().boundingBox())!;
			// Pinned like position: sticky: where the snippet is until it reaches the top, then at the
			// top until the last marked paragraph's end carries it away.
			const holder = (await page.locator('[data-storymap-captions]').boundingBox())!;
			const last = (await page
				.locator(`[data-storymap-step="${steps[steps.length - 1].id}"]`)
				.last()
				.boundingBox())!;
			const pinned = Math.min(Math.max(0, holder.y), last.y + last.height - box.height);
			expect(Math.abs(box.y - pinned), `${at}: the map is pinned`).toBeLessThanOrEqual(1);
			if (desktop) {
				expect(box.height, at).toBeCloseTo(viewport.height, -1);
				const apart = box.x >= paragraph.x + paragraph.width || box.x + box.width <= paragraph.x;
				expect(apart, `${at}: the map beside the paragraph, not over it`).toBe(true);
				const mapOnRight = box.x > paragraph.x;
				expect(mapOnRight, `${at}: the map on the side the text ends`).toBe(EDITIONS[lang].dir === 'ltr');
			} else {
				expect(box.height, at).toBeCloseTo(viewport.height / 2, -1);
				expect(paragraph.y, `${at}: the paragraph read below the map`).toBeGreaterThanOrEqual(
					box.y + box.height
				);
			}
		}

		// The end of the article: the last step, the map no longer pinned over the closing text.
		await page.keyboard.press('End');
		await waitForStep(frame, steps[steps.length - 1].id);
		const end = (await iframe.boundingBox())!;
		expect(end.y + end.height, 'the map scrolls away with the last paragraph').toBeLessThan(viewport.height);

		// The page moved nothing as the map arrived and pinned.
		expect(await hostLayoutShift(page), 'layout shift on the host page').toBeLessThan(0.001);
		// Only the mistyped paragraph is warned of, naming its element and its id.
		expect(hostConsole).toHaveLength(1);
		expect(hostConsole[0]).toContain(`data-storymap-step="${UNKNOWN}"`);
		expect(hostConsole[0]).toContain(`"${UNKNOWN}"`);
		expect(hostConsole[0]).toMatch(/<p /);
	});
}

test('a reload in the middle of the article lands on the step being read; a jump to the start, on the first', async ({
	page
}) => {
	const { steps } = editions.en.story;
	const middle = steps[Math.floor(steps.length / 2)];
	await openArticle(page, 'en');
	await waitForStep(frameOf(page), steps[0].id);
	await readStep(page, middle.id);
	await waitForStep(frameOf(page), middle.id);
	const scrolled = await page.evaluate(() => window.scrollY);
	await page.reload();
	expect(Math.abs((await page.evaluate(() => window.scrollY)) - scrolled)).toBeLessThanOrEqual(2);
	await waitForStep(frameOf(page), middle.id);
	await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
	await waitForStep(frameOf(page), steps[0].id);
});

test('keyboard users reach the map from the article, and the host library drives it', async ({ page }) => {
	const { steps } = editions.en.story;
	await openArticle(page, 'en');
	const frame = frameOf(page);
	await waitForStep(frame, steps[0].id);
	await page.keyboard.press('Tab');
	await expect(frame.locator('.embed-map[role="region"]')).toBeFocused();

	// goTo brings the step's paragraph to the reader, and the map follows it.
	const last = steps[steps.length - 1];
	await page.evaluate((id) => window.storymapEmbed!.maps[0].goTo(id), last.id);
	await waitForStep(frame, last.id);
	await expect(page.locator(`[data-storymap-step="${last.id}"]`).first()).toBeInViewport();

	// A message from another window than the frame is not obeyed: the page does not scroll.
	const y = await page.evaluate(() => window.scrollY);
	await page.evaluate(() => window.postMessage({ type: 'storymap:scroll', top: 10 }, '*'));
	await page.evaluate(() =>
		window.postMessage({ type: 'storymap:ready', mode: 'scroll', version: 1, steps: [] }, '*')
	);
	await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
	expect(await page.evaluate(() => window.scrollY)).toBe(y);
});

test.describe('without scripts', () => {
	test.use({ javaScriptEnabled: false });

	test("each step's static map stands before its first paragraph, and nothing is reserved for the map", async ({
		page
	}) => {
		const { steps } = editions.en.story;
		await openArticle(page, 'en');
		await expect(page.locator('[data-storymap-captions] iframe')).toBeHidden();
		expect((await page.locator('[data-storymap-captions]').boundingBox())!.height).toBe(0);
		for (const step of steps) {
			const first = page.locator(`[data-storymap-step="${step.id}"]`).first();
			const image = await first.evaluate((p) => {
				const before = p.previousElementSibling;
				const img = before?.tagName === 'NOSCRIPT' ? before.querySelector('img') : null;
				return img ? { src: img.getAttribute('src'), alt: img.getAttribute('alt') } : null;
			});
			expect(image, step.id).toEqual({
				src: `${SITE_URL}/static-maps/${step.id}.svg`,
				alt: step.mapDescription
			});
		}
		const images = page.locator('img[src*="/static-maps/"]');
		await expect(images).toHaveCount(steps.length);
		await images.first().scrollIntoViewIfNeeded();
		await expect
			.poll(() => images.first().evaluate((img: HTMLImageElement) => img.naturalWidth))
			.toBeGreaterThan(0);
	});
});

import type { FrameLocator, Page } from '@playwright/test';
import {
	HOST_ORIGIN,
	engage,
	holdLiveMap,
	openStory,
	releaseLiveMap,
	screenPosition,
	expect,
	expectSameCamera,
	readCamera,
	test,
	waitForIdle,
	waitForMap,
	waitForStep
} from './fixtures.ts';
import { storyLayout } from '../../src/lib/camera/layout.ts';
import type { EmbedKind } from '../../src/lib/embed/kinds.ts';
import { MESSAGES } from '../../src/lib/locale/allMessages.ts';
import { loadEdition } from '../../src/lib/server/editions.ts';
import { locatorsFor } from '../../src/lib/server/locators.ts';
import { SITE_URL } from '../../playwright.config.ts';
import { namesCutByEdge } from './stepChecks.ts';
import { expectFramedCamera } from './walk.ts';

/**
 * The embeds as a newsroom uses them: the snippet copied from the Embed
 * dialog, pasted into an article on another origin (tests/e2e/host-server.mjs),
 * driven by the reader and by the host page, sized to its content.
 */
const english = loadEdition('en');
const persian = loadEdition('fa', undefined, () => {});
const { story, places } = english;
const { steps } = story;
const t = MESSAGES.en;

/**
 * The snippet exactly as an editor copies it from the story page's Embed dialog
 * (on the page before its live map starts: the dialog is the subject).
 */
async function copySnippet(page: Page, kind: EmbedKind, atStep?: string): Promise<string> {
	await holdLiveMap(page);
	await openStory(page, atStep ? `/?step=${atStep}` : '/');
	await page.getByRole('button', { name: t.embedThisStory }).click();
	const dialog = page.getByRole('dialog', { name: t.embedThisStory });
	if (atStep) await chooseStep(page, atStep);
	const section = dialog.locator(`section[data-snippet="${kind}"]`);
	await section.getByRole('button', { name: 'Copy' }).click();
	await expect(section.getByRole('status')).toHaveText('Copied');
	const snippet = await section.locator('textarea').inputValue();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);
	await releaseLiveMap(page);
	return snippet;
}

/** Picks the single view's step in the Embed dialog by its id (the option shows its title). */
async function chooseStep(page: Page, stepId: string) {
	const title = await page.locator(`#${stepId}-title`).textContent();
	await page.getByLabel('Step for the single view').selectOption({ label: title! });
}

/** A plain article on another origin with the snippet pasted into it. */
async function openHost(page: Page, snippet: string): Promise<FrameLocator> {
	await page.goto(`${HOST_ORIGIN}/host?snippet=${Buffer.from(snippet).toString('base64url')}`);
	const frame = page.frameLocator('#embed-slot iframe');
	await engage(frame);
	await waitForMap(frame, {}, 'the embed is ready');
	return frame;
}

async function received(page: Page, type: string): Promise<Record<string, unknown>[]> {
	return page.evaluate(
		(t) =>
			(window as unknown as { received: { data: Record<string, unknown> }[] }).received
				.map((r) => r.data)
				.filter((d) => d.type === t),
		type
	);
}

/** The iframe's height matches the embed's content height (what the frame posted). */
async function expectFrameFitsContent(page: Page, frame: FrameLocator) {
	await expect
		.poll(async () => {
			const frameHeight = await page
				.locator('#embed-slot iframe')
				.evaluate((f) => f.getBoundingClientRect().height);
			const contentHeight = await frame
				.locator('html')
				.evaluate((html) => Math.ceil(html.getBoundingClientRect().height));
			return Math.abs(frameHeight - contentHeight);
		})
		.toBeLessThanOrEqual(1);
}

function postToFrame(page: Page, message: unknown) {
	return page.locator('#embed-slot iframe').evaluate((iframe, m) => {
		(iframe as HTMLIFrameElement).contentWindow!.postMessage(m, '*');
	}, message);
}

/** Once the frame answers a hello sent after them, every message before it was handled. */
async function flushMessages(page: Page) {
	const readies = (await received(page, 'storymap:ready')).length;
	await postToFrame(page, { type: 'storymap:hello' });
	await expect.poll(async () => (await received(page, 'storymap:ready')).length).toBeGreaterThan(readies);
}

test.beforeEach(async ({ context, baseURL }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
});

test('the stepper moves through every step by buttons, markers and keys, and tells the host', async ({
	page
}) => {
	const ids = steps.map((s) => s.id);
	const frame = await openHost(page, await copySnippet(page, 'stepper'));
	await expect(frame.getByRole('navigation', { name: t.storySteps })).toBeVisible();
	const next = frame.getByRole('button', { name: t.next, exact: true });
	const previous = frame.getByRole('button', { name: t.previous, exact: true });

	await waitForStep(frame, ids[0]);
	await expect(previous).toBeDisabled();
	for (const id of ids.slice(1)) {
		await next.click();
		await waitForStep(frame, id);
		await expect(frame.locator(`article#${id}`)).toBeVisible();
		await waitForIdle(frame);
		expect(await namesCutByEdge(frame), `stepper at ${id}: names cut by the map's edge`).toEqual([]);
	}
	await expect(next).toBeDisabled();

	// Keys, with focus inside the frame.
	await frame.getByRole('button', { name: /^Step 1:/ }).click();
	await waitForStep(frame, ids[0]);
	for (const id of ids.slice(1)) {
		await page.keyboard.press('ArrowRight');
		await waitForStep(frame, id);
	}
	for (const id of [...ids].reverse().slice(1)) {
		await page.keyboard.press('ArrowLeft');
		await waitForStep(frame, id);
	}
	await frame.getByRole('button', { name: /^Step 3:/ }).click();
	await waitForStep(frame, ids[2]);
	await expect(frame.getByRole('button', { name: /^Step 3:/ })).toHaveAttribute('aria-current', 'step');
	const told = await received(page, 'storymap:step');
	for (const [index, id] of ids.entries()) expect(told).toContainEqual({ type: 'storymap:step', id, index });
});

test('the host drives the stepper and hears of places; hostile messages and messages from elsewhere change nothing', async ({
	page
}) => {
	const frame = await openHost(page, await copySnippet(page, 'stepper'));
	await waitForStep(frame, steps[0].id);
	// A later step with two places or more: the host opens one, the reader the other.
	const step = steps.slice(1).find((s) => s.focus.length >= 2)!;
	const [byHost, byReader] = [step.focus[0], step.focus[step.focus.length - 1]].map((id) =>
		places.find((p) => p.id === id)!
	);
	await postToFrame(page, { type: 'storymap:goto', step: step.id });
	await waitForStep(frame, step.id);
	await postToFrame(page, { type: 'storymap:open', place: byHost.id });
	const dialog = frame.getByRole('dialog', { name: byHost.name });
	await expect(dialog).toBeVisible();
	await expect(dialog).toContainText(byHost.summary);
	await dialog.getByRole('button', { name: t.closeDetails }).click();
	await frame.locator(`article#${step.id}`).getByRole('button', { name: byReader.name }).click();
	await expect(frame.getByRole('dialog', { name: byReader.name })).toBeVisible();
	for (const place of [byReader, byHost])
		await expect
			.poll(() => received(page, 'storymap:place'))
			.toContainEqual({ type: 'storymap:place', id: place.id });
	await page.keyboard.press('Escape');
	await expect(frame.getByRole('dialog')).toHaveCount(0);

	// 50 malformed or hostile messages change nothing and raise no error.
	const start = steps[1].id;
	const last = steps[steps.length - 1].id;
	const place = places[0].id;
	await postToFrame(page, { type: 'storymap:goto', step: start });
	const before = await waitForStep(frame, start);
	const stepEvents = (await received(page, 'storymap:step')).length;
	const hostile: unknown[] = [
		null,
		0,
		'',
		'storymap:goto',
		'pymxPYMxidxPYMxheightxPYMx1',
		[],
		{},
		{ type: null },
		{ type: 'storymap:goto' },
		{ type: 'storymap:goto', step: null },
		{ type: 'storymap:goto', step: 7 },
		{ type: 'storymap:goto', step: [start] },
		{ type: 'storymap:goto', step: { id: start } },
		{ type: 'storymap:goto', step: 'nope' },
		{ type: 'storymap:goto', step: start.toUpperCase() },
		{ type: 'storymap:goto', step: '<script>alert(1)</script>' },
		{ type: 'storymap:goto', step: `${start}"><img src=x onerror=alert(1)>` },
		{ type: 'storymap:goto', step: 'x'.repeat(100_000) },
		{ type: 'storymap:goto', step: '../../etc/passwd' },
		{ type: 'storymap:goto', step: 'constructor' },
		{ type: 'storymap:goto', step: '__proto__' },
		{ type: 'storymap:open' },
		{ type: 'storymap:open', place: 'atlantis' },
		{ type: 'storymap:open', place: `<b>${place}</b>` },
		{ type: 'storymap:open', place: 12 },
		{ type: 'storymap:open', place: 'javascript:alert(1)' },
		{ type: 'storymap:open', place: 'toString' },
		{ type: 'storymap:viewport' },
		{ type: 'storymap:viewport', top: 'x', height: 800 },
		{ type: 'storymap:viewport', top: 0, height: 0 },
		{ type: 'storymap:viewport', top: 0, height: -50 },
		{ type: 'storymap:viewport', top: 1e12, height: 800 },
		{ type: 'storymap:height', height: 10 },
		{ type: 'storymap:step', id: last, index: steps.length - 1 },
		{ type: 'storymap:place', id: place },
		{ type: 'storymap:ready', mode: 'scroll' },
		{ type: 'storymap:scroll', top: 5000 },
		{ type: 'STORYMAP:GOTO', step: last },
		{ type: ' storymap:goto', step: last },
		{ type: 'storymap:goto ', step: last },
		{ sentinel: 'amp', type: 'embed-size', height: 1 },
		{ type: 'storymap:goto', step: `${last.slice(0, 2)} ${last.slice(2)}` },
		JSON.parse(`{"__proto__": {"type": "storymap:goto", "step": "${last}"}}`),
		{ toString: 'storymap:goto' },
		new Array(1000).fill('storymap'),
		{ type: 'storymap:goto', step: last }.toString(),
		{ nested: { type: 'storymap:goto', step: last } },
		{ type: ['storymap:goto'], step: last },
		{ data: { type: 'storymap:open', place } },
		{ type: 'storymap:open', place, extra: '<script>' }.toString()
	];
	expect(hostile).toHaveLength(50);
	for (const message of hostile) await postToFrame(page, message);
	// And values only a browser can clone.
	await page.locator('#embed-slot iframe').evaluate((iframe, last) => {
		const target = (iframe as HTMLIFrameElement).contentWindow!;
		for (const value of [
			new Date(),
			new Map([['type', 'storymap:goto']]),
			/storymap:goto/,
			new Uint8Array(16),
			new Blob([JSON.stringify({ type: 'storymap:goto', step: last })])
		])
			target.postMessage(value, '*');
	}, last);
	// Messages arrive in order: the frame answering a hello after them proves they were all
	// handled, and by then none has moved the camera, opened a dialog or announced a step.
	await flushMessages(page);
	expectSameCamera(await readCamera(frame), before, 'after hostile messages');
	await expect(frame.locator('#story-map')).toHaveAttribute('data-step', start);
	await expect(frame.getByRole('dialog')).toHaveCount(0);
	expect((await received(page, 'storymap:step')).slice(stepEvents)).toEqual([]);
	expect(await page.evaluate(() => window.scrollY)).toBeLessThan(5000);

	// Messages from anything but the parent window are ignored: the embed posting to itself
	// asks for the last step, then a place.
	const placeEvents = (await received(page, 'storymap:place')).length;
	await frame.locator('body').evaluate(
		(_, { step, place }) => {
			window.postMessage({ type: 'storymap:goto', step }, '*');
			window.postMessage({ type: 'storymap:open', place }, '*');
		},
		{ step: last, place }
	);
	await flushMessages(page);
	await expect(frame.locator('#story-map')).toHaveAttribute('data-step', start);
	await expect(frame.getByRole('dialog')).toHaveCount(0);
	expect((await received(page, 'storymap:place')).slice(placeEvents)).toEqual([]);
});

test('the frame height follows its content as the host page changes width', async ({ page }) => {
	const frame = await openHost(page, await copySnippet(page, 'stepper'));
	await expectFrameFitsContent(page, frame);
	const first = await page.locator('#embed-slot iframe').evaluate((f) => f.getBoundingClientRect().height);

	const viewport = page.viewportSize()!;
	await page.setViewportSize({ width: viewport.width > 767 ? 390 : 1280, height: viewport.height });
	await expectFrameFitsContent(page, frame);
	const other = await page.locator('#embed-slot iframe').evaluate((f) => f.getBoundingClientRect().height);
	expect(other).not.toBe(first);
	expect((await received(page, 'storymap:height')).length).toBeGreaterThanOrEqual(2);
});

test('the single view shows one step with its caption and a link to the story; places open', async ({
	page
}) => {
	// A step whose first focus place is a point: the reader clicks it on the map.
	const step = steps.find((s) => places.find((p) => p.id === s.focus[0])?.precision === 'exact')!;
	const target = places.find((p) => p.id === step.focus[0])!;
	const frame = await openHost(page, await copySnippet(page, 'single', step.id));
	await waitForStep(frame, step.id);
	await expect(frame.getByRole('heading', { name: step.title })).toBeVisible();
	await expect(frame.getByRole('navigation', { name: t.storySteps })).toHaveCount(0);
	const link = frame.getByRole('link', { name: /Read the full story/ });
	await expect(link).toHaveAttribute('target', '_top');
	expect(await link.getAttribute('href')).toMatch(new RegExp(`\\?step=${step.id}$`));

	await page.locator('#embed-slot').scrollIntoViewIfNeeded();
	await waitForStep(frame, step.id);
	const { x, y } = await screenPosition(frame, target.anchor);
	await page.mouse.click(x, y);
	await expect(frame.getByRole('dialog', { name: target.name })).toBeVisible();
	await expect
		.poll(() => received(page, 'storymap:place'))
		.toContainEqual({ type: 'storymap:place', id: target.id });
});

test('scrolling the host page walks the scroll embed through every step with the story page cameras', async ({
	page
}) => {
	const frame = await openHost(page, await copySnippet(page, 'scroll'));
	const iframe = page.locator('#embed-slot iframe');
	await expectFrameFitsContent(page, frame);
	const viewport = page.viewportSize()!;
	const { readingLine, map } = storyLayout(viewport);
	for (const step of steps) {
		const frameTop = await iframe.evaluate((f) => f.getBoundingClientRect().top + window.scrollY);
		const cardTop = await frame
			.locator(`article#${step.id}`)
			.evaluate((card) => card.getBoundingClientRect().top);
		await page.evaluate(
			(y) => window.scrollTo({ top: y, behavior: 'instant' }),
			frameTop + cardTop - readingLine * viewport.height
		);
		await waitForStep(frame, step.id);
		// The pinned map is the story page's map at this screen, and frames the step as the story page does.
		await expectFramedCamera(frame, english, step, map, `scroll embed at ${step.id}`);
		await waitForIdle(frame);
		expect(await namesCutByEdge(frame), `scroll embed at ${step.id}: names cut by the map's edge`).toEqual(
			[]
		);
		// The pinned map (the whole screen, or its top half on phones) stays at the top of the host
		// viewport once the frame reaches it, like position: sticky.
		await expect
			.poll(async () => {
				const mapBox = (await frame.locator('#story-map').boundingBox())!;
				const frameBox = (await iframe.boundingBox())!;
				return Math.abs(mapBox.y - Math.max(0, frameBox.y)) + Math.abs(mapBox.height - map.height);
			})
			.toBeLessThanOrEqual(2);
	}
	const told = await received(page, 'storymap:step');
	for (const step of steps) expect(told.map((s) => s.id)).toContain(step.id);

	// goto from the host scrolls the host page to the step.
	await postToFrame(page, { type: 'storymap:goto', step: steps[1].id });
	await waitForStep(frame, steps[1].id);
});

test('embed pages are noindex with the story as canonical, and explain unknown parameters', async ({
	page
}) => {
	await page.goto(`/embed/?step=nope&theme=neon&steps=${steps[1].id},ghost`);
	await engage(page);
	await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
	// Absolute, as an audit wants: the build was given SITE_URL (playwright.config.ts).
	await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${SITE_URL}/`);
	const notice = page.getByRole('status').filter({ hasText: 'Unknown' });
	await expect(notice).toContainText('Unknown step "nope": starting at the first step.');
	await expect(notice).toContainText('Unknown theme "neon": using the light theme.');
	await expect(notice).toContainText('Unknown step "ghost" in "steps": left out.');
	await waitForStep(page, steps[1].id);
	await expect(page.getByRole('button', { name: `Step 1: ${steps[1].title}` })).toBeVisible();

	await page.goto('/embed/scroll/');
	await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
	await page.goto('/embed/?theme=dark');
	await engage(page);
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await waitForStep(page, steps[0].id);
});

test('the Embed dialog previews each snippet live', async ({ page }) => {
	const step = steps[Math.floor(steps.length / 2)];
	await openStory(page, `/?step=${step.id}`);
	await page.getByRole('button', { name: t.embedThisStory }).click();
	const dialog = page.getByRole('dialog', { name: t.embedThisStory });
	await chooseStep(page, step.id);
	await expect(dialog.locator('section[data-snippet="single"] textarea')).toHaveValue(
		new RegExp(`step=${step.id}`)
	);
	const preview = dialog.frameLocator('iframe.embed-preview').frameLocator('iframe');
	await engage(preview);
	await waitForMap(preview, {}, 'the preview is ready');
	await dialog.locator('section[data-snippet="single"]').getByRole('button', { name: 'Preview' }).click();
	// A new preview: a new page in the frame (once hydrated, the single view), whose live map waits
	// for the reader too.
	await expect(preview.locator('main.embed.single')).toBeAttached();
	await engage(preview);
	await waitForStep(preview, step.id);
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
	await expect(page.getByRole('button', { name: t.embedThisStory })).toBeFocused();
});

test('the stepper embed shows the inset of a close-up step', async ({ page }) => {
	const [id, locator] = Object.entries(locatorsFor(english))[0];
	await page.goto(`/embed/?step=${id}`);
	await engage(page);
	await waitForStep(page, id);
	await expect(page.locator('img.locator-inset')).toHaveAttribute('alt', locator.label);
});

test('the Persian stepper steps with the arrow keys in the reading direction', async ({ page }) => {
	const [first, second] = persian.story.steps;
	const fa = MESSAGES.fa;
	await page.goto('/fa/embed/');
	await engage(page);
	await waitForStep(page, first.id);
	await expect(page.getByRole('navigation', { name: fa.storySteps })).toBeVisible();
	await page.locator('body').press('ArrowLeft');
	await waitForStep(page, second.id);
	await page.locator('body').press('ArrowRight');
	await waitForStep(page, first.id);
	await page.getByRole('button', { name: fa.next, exact: true }).click();
	await waitForStep(page, second.id);
});

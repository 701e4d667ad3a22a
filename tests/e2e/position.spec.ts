import {
	expect,
	expectSameCamera,
	readCamera,
	stepIds,
	test,
	waitForStep,
	type MapCamera
} from './fixtures.ts';
import type { Page } from '@playwright/test';

test.use({ reducedMotion: 'no-preference' });

const nextFrame = (page: Page) => page.evaluate(() => new Promise((done) => requestAnimationFrame(done)));

/** Waits until the camera has settled on a step and reads it. */
async function settled(page: Page): Promise<MapCamera> {
	await nextFrame(page);
	await nextFrame(page);
	await expect(page.locator('#story-map')).toHaveAttribute('data-moving', 'false');
	const camera = await readCamera(page);
	await expect(page.locator('#story-map')).toHaveAttribute('data-step', camera.step);
	return readCamera(page);
}

test('the step follows the scroll position alone: the top, End and jumps land where a slow walk does', async ({
	page
}) => {
	await page.goto('/');
	const ids = await stepIds(page);
	await waitForStep(page, ids[0]);
	const { storyTop, storyHeight, bottom } = await page.evaluate(() => {
		const story = document.querySelector('#story-start')!.getBoundingClientRect();
		return {
			storyTop: story.top + window.scrollY,
			storyHeight: story.height,
			bottom: document.documentElement.scrollHeight - window.innerHeight
		};
	});
	// The very top, the very bottom, and five places through the story, some in gaps between cards.
	const inside = [0.12, 0.33, 0.5, 0.71, 0.93].map((f) => Math.round(storyTop + f * storyHeight));
	const positions = [0, ...inside, bottom];

	// A slow walk down: a frame at every 0.3 screen heights, the camera settled at each position.
	const walked = new Map<number, MapCamera>();
	const stride = Math.round((page.viewportSize()!.height * 0.3) / 2);
	for (let y = 0, next = 0; next < positions.length; y = Math.min(y + stride, positions[next])) {
		await page.evaluate((top) => window.scrollTo({ top, behavior: 'instant' }), y);
		await nextFrame(page);
		if (y === positions[next]) walked.set(positions[next++], await settled(page));
	}
	expect(walked.get(0)!.step).toBe(ids[0]);
	expect(walked.get(bottom)!.step).toBe(ids.at(-1));

	// Jumps in a scrambled order, instant (as a restored scroll position or an anchor is), and
	// the End key, which Chromium scrolls smoothly. (Home lands at the top, the jump to 0 here:
	// pressed in headless Chromium it sometimes does not scroll at all, which tests nothing.)
	const jumps: (number | 'End')[] = ['End', inside[1], inside[4], 0, inside[3], inside[0], inside[2]];
	await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
	for (const jump of jumps) {
		if (typeof jump === 'number')
			await page.evaluate((top) => window.scrollTo({ top, behavior: 'instant' }), jump);
		else {
			// Nothing focused, so the key scrolls the document (not a button or the map).
			await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
			await page.keyboard.press(jump);
			await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(bottom);
		}
		const position = typeof jump === 'number' ? jump : bottom;
		const expected = walked.get(position)!;
		await expect.poll(async () => (await readCamera(page)).step, `after ${jump}`).toBe(expected.step);
		expectSameCamera(await settled(page), expected, `after ${jump}`);
	}
});

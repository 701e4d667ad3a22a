import { expectSameCamera, scrollToStep, stepIds, test, waitForStep } from './fixtures.ts';

test.use({ reducedMotion: 'no-preference' });

test('with motion the camera flies to each step and lands where a deep link does', async ({ page }) => {
	await page.goto('/');
	const ids = await stepIds(page);
	await waitForStep(page, ids[0]);
	for (const id of ids.slice(1, 4)) {
		await scrollToStep(page, id);
		await waitForStep(page, id);
	}
	const flown = await waitForStep(page, ids[3]);
	await page.goto(`/?step=${ids[3]}`);
	expectSameCamera(await waitForStep(page, ids[3]), flown, 'flown vs deep link');
});

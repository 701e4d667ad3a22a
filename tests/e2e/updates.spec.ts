import { figureLabel } from '../../src/lib/places/format.ts';
import { loadContent } from '../../src/lib/server/content.ts';
import { formatDate } from '../../src/lib/story/dates.ts';
import { lastUpdated } from '../../src/lib/story/updates.ts';
import { expect, openStory, test } from './fixtures.ts';
import { ENGLISH } from '../../src/lib/locale/locale.ts';

const { story, places } = loadContent();
const updated = lastUpdated(story.updates);
/** A place with a figure that holds "as of" a date, and that figure. */
const dated = places
	.flatMap((place) => (place.figures ?? []).map((figure) => ({ place, figure })))
	.find(({ figure }) => typeof figure !== 'string' && figure.asOf);

test.use({ liveMap: false });

test.describe('corrections, updates and dated figures', () => {
	test.skip(!updated || !dated, 'the story has no updates log or no dated figure');

	for (const javaScriptEnabled of [true, false])
		test.describe(javaScriptEnabled ? 'with JavaScript' : 'without JavaScript', () => {
			test.use({ javaScriptEnabled });

			test('the log is at the foot, "Updated" under the byline, and figures show their "as of"', async ({
				page
			}) => {
				await page.goto('/');
				const line = page.locator('.intro .updated');
				await expect(line).toContainText(formatDate(updated!));
				await expect(line.locator('time')).toHaveAttribute('datetime', updated!);
				const entries = page.locator('#updates li');
				await expect(entries).toHaveCount(story.updates.length);
				for (const entry of story.updates)
					await expect(entries.filter({ hasText: entry.change })).toHaveCount(1);
				await line.locator('a').click();
				await expect(page.locator('#updates')).toBeInViewport();
				await expect(page.locator(`#place-${dated!.place.id}`)).toContainText(
					figureLabel(dated!.figure, ENGLISH)
				);
			});
		});

	test('the place dialog shows a figure with its "as of" and source', async ({ page }) => {
		await openStory(page, `/?place=${dated!.place.id}`);
		const dialog = page.getByRole('dialog');
		await expect(dialog).toContainText(figureLabel(dated!.figure, ENGLISH));
	});

	test('the page carries NewsArticle JSON-LD, allowed by its Content-Security-Policy', async ({ page }) => {
		await page.goto('/');
		const json = await page.locator('script[type="application/ld+json"]').textContent();
		expect(JSON.parse(json!)).toMatchObject({
			'@context': 'https://schema.org',
			'@type': 'NewsArticle',
			headline: story.title,
			description: story.dek,
			datePublished: story.published,
			dateModified: updated
		});
		expect(await page.locator('meta[http-equiv="content-security-policy"]').count()).toBe(1);
	});
});

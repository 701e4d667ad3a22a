import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/server/content.ts';
import { placeOnPage, placeWithReading, storyOnPage, storyReading } from '../../src/lib/story/reading.ts';
import { lastUpdated } from '../../src/lib/story/updates.ts';

describe("the page's data and the reading matter", () => {
	const { story, places } = loadContent();

	it('leave the details, sources and corrections out of the page', () => {
		const page = { story: storyOnPage(story), places: places.map(placeOnPage) };
		for (const field of ['updates', 'sources', 'credits']) expect(page.story).not.toHaveProperty(field);
		for (const place of page.places)
			for (const field of ['summary', 'figures', 'sources', 'precisionNote'])
				expect(place, `${place.id}.${field}`).not.toHaveProperty(field);
		expect(page.story.lastUpdated).toBe(lastUpdated(story.updates) ?? null);
		expect(page.story.steps).toEqual(story.steps);
	});

	it('make every place whole again, and lose nothing of the story', () => {
		const reading = storyReading(story, places);
		for (const place of places) expect(placeWithReading(placeOnPage(place), reading)).toEqual(place);
		const whole: Record<string, unknown> = { ...storyOnPage(story), ...reading };
		delete whole.lastUpdated;
		delete whole.places;
		expect(whole).toEqual(story);
	});

	it('find no details for a place the reading does not have', () => {
		const reading = { ...storyReading(story, places), places: {} };
		expect(placeWithReading(placeOnPage(places[0]), reading)).toBeNull();
	});
});

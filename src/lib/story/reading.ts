import { lastUpdated } from './updates.ts';
import {
	PLACE_READING_FIELDS,
	STORY_READING_FIELDS,
	type Place,
	type PlaceOnPage,
	type Story,
	type StoryOnPage,
	type StoryReading
} from './types.ts';

function without<T extends object, K extends keyof T>(value: T, keys: readonly K[]): Omit<T, K> {
	const rest = { ...value };
	for (const key of keys) delete rest[key];
	return rest;
}

function only<T extends object, K extends keyof T>(value: T, keys: readonly K[]): Pick<T, K> {
	return Object.fromEntries(keys.filter((key) => key in value).map((key) => [key, value[key]])) as Pick<T, K>;
}

/** The story as the page's data carries it (see StoryOnPage). */
export function storyOnPage(story: Story, { archiveNames = false } = {}): StoryOnPage {
	const onPage = { ...without(story, STORY_READING_FIELDS), lastUpdated: lastUpdated(story.updates) ?? null };
	if (!story.basemap) return onPage;
	// The archive's local copy is the build's to read; the page names its address, and whether
	// the map draws its names (the build read them and made their glyphs: archiveNames.ts).
	const basemap = without(story.basemap, ['file']);
	return { ...onPage, basemap: archiveNames ? { ...basemap, names: true } : basemap };
}

/**
 * What a step's share page carries: the story's own fields with that one step,
 * and that step's places. Not the whole story: a story writes a share page per
 * step, so a whole copy in each would make the build grow with steps × places.
 */
export function storyForSharePage(
	story: StoryOnPage,
	places: PlaceOnPage[],
	stepIndex: number
): { story: StoryOnPage; places: PlaceOnPage[] } {
	const step = story.steps[stepIndex];
	return {
		story: { ...story, steps: [step] },
		places: places.filter((place) => step.focus.includes(place.id))
	};
}

/** A place as the page's data carries it (see PlaceOnPage). */
export function placeOnPage(place: Place): PlaceOnPage {
	return without(place, PLACE_READING_FIELDS);
}

/** What the page leaves out, for `reading.json`. */
export function storyReading(story: Story, places: Place[]): StoryReading {
	return {
		...only(story, STORY_READING_FIELDS),
		places: Object.fromEntries(places.map((place) => [place.id, only(place, PLACE_READING_FIELDS)]))
	};
}

/** A place whole again, from the page's part and the reading's; null when the reading does not have it. */
export function placeWithReading(place: PlaceOnPage, reading: StoryReading): Place | null {
	const details = reading.places[place.id];
	return details ? { ...place, ...details } : null;
}

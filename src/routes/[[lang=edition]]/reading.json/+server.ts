import { json } from '@sveltejs/kit';
import { editionEntries, langOf, loadEdition } from '$lib/server/editions';
import { storyReading } from '$lib/story/reading';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => editionEntries();

/** The reading matter the page's data leaves out (StoryReading), fetched when a place is first opened. */
export const GET: RequestHandler = ({ params }) => {
	const { story, places } = loadEdition(langOf(params.lang));
	return json(storyReading(story, places));
};

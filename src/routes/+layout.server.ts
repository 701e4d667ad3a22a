import { loadContent } from '$lib/server/content';
import type { StoryData } from '$lib/story-view/types';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = (): StoryData => {
	const { story, places, frames, layers } = loadContent();
	return { story, places, frames, layers: layers.map(({ id, title }) => ({ id, title })) };
};

import { loadContent } from '$lib/server/content';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const { story, places, frames, layers } = loadContent();
	return {
		story,
		places,
		frames,
		layers: layers.map(({ id, title }) => ({ id, title }))
	};
};

import { loadMessages } from '$lib/locale/messages';
import type { StoryData } from '$lib/story-view/types';
import type { LayoutLoad } from './$types';

/**
 * The edition's interface strings join the build-time data here, not in the
 * server load: they hold functions ("Step 3 of 11"), which cannot be
 * serialised, and a translation's strings are fetched only by its own pages.
 */
export const load: LayoutLoad = async ({ data }): Promise<StoryData> => ({
	...data,
	t: await loadMessages(data.lang)
});

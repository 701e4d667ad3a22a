import { loadContent } from '$lib/server/content';
import { locatorsFor } from '$lib/server/locators';
import { siteRoot } from '$lib/server/site';
import type { StoryData } from '$lib/story-view/types';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = (): StoryData => {
	const content = loadContent();
	const { story, places, frames, layers } = content;
	const locators = Object.fromEntries(
		Object.entries(locatorsFor(content)).map(([id, locator]) => [id, locator.label])
	);
	const siteUrl = siteRoot()?.href ?? null;
	return { story, places, frames, layers: layers.map(({ id, title }) => ({ id, title })), locators, siteUrl };
};

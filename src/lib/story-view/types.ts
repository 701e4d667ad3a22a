import type { Bounds, Place, Story } from '../story/types.ts';

/** What every page gets from the build-time loader (src/routes/+layout.server.ts). */
export interface StoryData {
	story: Story;
	places: Place[];
	frames: Record<string, Bounds>;
	layers: { id: string; title: string }[];
	/** Accessible names of the locator insets, by step id, for steps seen closer than a region. */
	locators: Record<string, string>;
	/** The site's root URL, absolute, from SITE_URL; null when the build was not given it. */
	siteUrl: string | null;
}

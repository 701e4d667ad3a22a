import type { Lang } from '../locale/editions.ts';
import type { Messages } from '../locale/messages.ts';
import type { TranslationReview } from '../story/translation.ts';
import type { Bounds, PlaceOnPage, StoryOnPage } from '../story/types.ts';

/**
 * What every page gets from the build-time loader (src/routes/[[lang=edition]]/+layout.server.ts):
 * the story and its places without their reading matter (StoryReading), which the
 * page has as HTML and the dialog fetches.
 */
export interface StoryServerData {
	story: StoryOnPage;
	places: PlaceOnPage[];
	frames: Record<string, Bounds>;
	/** The width of every name the map draws, by place id: the cameras keep them whole (camera/labelFrame.ts). */
	labelWidths: Record<string, number>;
	layers: { id: string; title: string }[];
	/** Accessible names of the locator insets, by step id, for steps seen closer than a region. */
	locators: Record<string, string>;
	/** The site's root URL, absolute, from SITE_URL; null when the build was not given it. */
	siteUrl: string | null;
	/** The edition this page is in, and every edition the story has (for the switch and hreflang). */
	lang: Lang;
	editions: Lang[];
	/** A translation's review state; null for the original. */
	review: TranslationReview | null;
	/** A translation's names of place kinds ("attack"); null for the original, which shows the kind itself. */
	kinds: Record<string, string> | null;
}

/** With the edition's interface strings, loaded by the universal layout (src/routes/[[lang=edition]]/+layout.ts). */
export interface StoryData extends StoryServerData {
	t: Messages;
}

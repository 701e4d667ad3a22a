import type { Viewport } from '../camera/camera.ts';
import type { StoryLayout } from '../camera/layout.ts';
import type { Theme } from '../geo/palette.ts';
import type { Lang } from '../locale/editions.ts';
import type { Messages } from '../locale/messages.ts';
import type { TranslationReview } from '../story/translation.ts';
import type { Bounds, PlaceOnPage, StoryOnPage } from '../story/types.ts';
import type { StoryPage } from './pageState.svelte.ts';

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

/** What the map's key (MapKey) is drawn from: the page, its theme, the map's layout and whether a rail shows. */
export interface MapKeyProps {
	page: StoryPage;
	theme: Theme;
	/** The layout of this screen: where the key's corner is. */
	screenLayout: StoryLayout;
	/** The layout for a map size: the step's camera, whose zoom decides what the key lists. */
	layoutFor: (viewport: Viewport) => StoryLayout;
	rail: boolean;
}

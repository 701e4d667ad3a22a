import { editionLangs, langOf, loadEdition } from '$lib/server/editions';
import { locatorLabel } from '$lib/geo/locator';
import { locatorsFor } from '$lib/server/locators';
import { archiveNamesFor } from '$lib/server/archiveNames';
import { siteRoot } from '$lib/server/site';
import { labelWidthsFor } from '$lib/server/stepLabels';
import { placeOnPage, storyOnPage, storyReading } from '$lib/story/reading';
import type { StoryServerData } from '$lib/story-view/types';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async ({ params, locals }): Promise<StoryServerData> => {
	const lang = langOf(params.lang);
	const content = loadEdition(lang);
	const { story, places, frames, layers } = content;
	const locators = Object.fromEntries(
		Object.entries(locatorsFor(content)).map(([id, { where }]) => [
			id,
			locatorLabel(where, lang, content.names?.countries)
		])
	);
	// The appendix the server hook renders reads what the page's data leaves out.
	locals.storyReading = storyReading(story, places);
	return (locals.storyData = {
		story: storyOnPage(story, { archiveNames: Boolean(await archiveNamesFor(content, lang)) }),
		places: places.map(placeOnPage),
		frames,
		labelWidths: labelWidthsFor(content),
		layers: layers.map(({ id, title }) => ({ id, title })),
		locators,
		siteUrl: siteRoot()?.href ?? null,
		lang,
		editions: editionLangs(),
		review: content.review ?? null,
		kinds: content.names?.kinds ?? null
	});
};

import { editionLangs, editionWithStep, langOf, stepEntries } from '$lib/server/editions';
import { sharePageHtml } from '$lib/server/sharePageHtml';
import { siteRoot } from '$lib/server/site';
import { placeOnPage, storyForSharePage, storyOnPage } from '$lib/story/reading';
import type { EntryGenerator, PageServerLoad } from './$types';

// /step/<id>/ is a folder with an index.html, which every static host serves.
export const trailingSlash = 'always';

// A share page is its step's link preview and a way on to the story: it is never hydrated, so
// it carries no app code (its one script is static/share-redirect.js). It leaves the edition's
// layout (+page@.svelte), whose load gives every page the whole story, and carries one step.
export const csr = false;

export const entries: EntryGenerator = () => stepEntries('id');

export const load: PageServerLoad = async ({ params }) => {
	const lang = langOf(params.lang);
	const content = editionWithStep(params, params.id);
	const stepIndex = content.story.steps.findIndex((step) => step.id === params.id);
	const data = {
		...storyForSharePage(storyOnPage(content.story), content.places.map(placeOnPage), stepIndex),
		frames: {},
		labelWidths: {},
		layers: [],
		locators: {},
		siteUrl: siteRoot()?.href ?? null,
		lang,
		editions: editionLangs(),
		review: null,
		kinds: content.names?.kinds ?? null
	};
	return sharePageHtml(data, stepIndex, content.story.steps.length);
};

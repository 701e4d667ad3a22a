import { json } from '@sveltejs/kit';
import { editionEntries, langOf, loadEdition } from '$lib/server/editions';
import { keyEntriesByStep } from '$lib/server/mapKey';
import { KEY_WORDS } from '$lib/locale/keyWords';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => editionEntries();

/** The map key of every step and its words in the edition (MapKey), fetched once the page is hydrated. */
export const GET: RequestHandler = ({ params }) => {
	const lang = langOf(params.lang);
	return json({ words: KEY_WORDS[lang], steps: keyEntriesByStep(loadEdition(lang)) });
};

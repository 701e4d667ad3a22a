import { json } from '@sveltejs/kit';
import { encodeWorld } from '$lib/server/wire';
import { basemapFor, withCountryNames } from '$lib/server/basemap';
import { editionEntries, langOf, loadEdition } from '$lib/server/editions';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => editionEntries();

/** The world at 1:110m with country labels (TopoJSON), named in the edition's language. */
export const GET: RequestHandler = ({ params }) => {
	const { frames, names } = loadEdition(langOf(params.lang));
	return json(encodeWorld(withCountryNames(basemapFor(frames), names?.countries)));
};

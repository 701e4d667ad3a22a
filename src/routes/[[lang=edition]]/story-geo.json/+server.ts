import { json } from '@sveltejs/kit';
import { editionEntries, langOf } from '$lib/server/editions';
import { storyGeoWire } from '$lib/server/mapFiles';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => editionEntries();

/** Every geo layer and the arcs (TopoJSON), fetched by the map once the words are on screen. */
export const GET: RequestHandler = ({ params }) => json(storyGeoWire(langOf(params.lang)));

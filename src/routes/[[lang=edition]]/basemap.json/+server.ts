import { json } from '@sveltejs/kit';
import { editionEntries, langOf } from '$lib/server/editions';
import { worldTopology } from '$lib/server/mapFiles';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => editionEntries();

/** The world at 1:110m with country labels (TopoJSON), named in the edition's language. */
export const GET: RequestHandler = ({ params }) => json(worldTopology(langOf(params.lang)));

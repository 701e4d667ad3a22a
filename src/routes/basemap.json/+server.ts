import { json } from '@sveltejs/kit';
import { basemapFor } from '$lib/server/basemap';
import { loadContent } from '$lib/server/content';

export const prerender = true;

/** Land, borders and country labels from Natural Earth: the map needs no tile server. */
export function GET() {
	return json(basemapFor(loadContent().frames));
}

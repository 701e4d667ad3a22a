import { json } from '@sveltejs/kit';
import { encodeWorld } from '$lib/server/wire';
import { basemapFor } from '$lib/server/basemap';
import { loadContent } from '$lib/server/content';

export const prerender = true;

/** The world at 1:110m with country labels (TopoJSON): all the map's first view needs. */
export function GET() {
	return json(encodeWorld(basemapFor(loadContent().frames)));
}

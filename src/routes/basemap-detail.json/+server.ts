import { json } from '@sveltejs/kit';
import { encodeDetail } from '$lib/server/wire';
import { basemapFor } from '$lib/server/basemap';
import { loadContent } from '$lib/server/content';

export const prerender = true;

/** 1:50m land and borders around the story's close-up steps (TopoJSON), fetched after the first view. */
export function GET() {
	return json(encodeDetail(basemapFor(loadContent().frames)));
}

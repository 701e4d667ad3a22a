import { json } from '@sveltejs/kit';
import { encodeClose } from '$lib/server/wire';
import { closeBasemapFor } from '$lib/server/basemap';
import { loadContent } from '$lib/server/content';

export const prerender = true;

/** 1:10m land, sea and borders around the close-up steps (TopoJSON), fetched when a view comes close. */
export function GET() {
	return json(encodeClose(closeBasemapFor(loadContent().frames)));
}

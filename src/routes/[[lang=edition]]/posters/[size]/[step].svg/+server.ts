import { error } from '@sveltejs/kit';
import { POSTER_SIZES, type PosterSize } from '$lib/geo/staticMapSize';
import { editionWithStep, stepEntries } from '$lib/server/editions';
import { staticMapSvg } from '$lib/server/staticMapFont';
import { staticMapFor } from '$lib/server/staticMaps';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () =>
	POSTER_SIZES.flatMap((size) => stepEntries('step').map((entry) => ({ ...entry, size })));

/**
 * One poster per step and screen: the story page's map as it first shows it,
 * drawn at build time from the same data and camera as the live map. It
 * stands in the map's place until the live map has drawn (MapPoster.svelte).
 */
export const GET: RequestHandler = async ({ params }) => {
	if (!(POSTER_SIZES as string[]).includes(params.size))
		error(404, `No poster size "${params.size}" (sizes: ${POSTER_SIZES.join(', ')})`);
	const content = editionWithStep(params, params.step);
	const svg = await staticMapSvg(await staticMapFor(content, params.step, params.size as PosterSize));
	return new Response(svg, { headers: { 'content-type': 'image/svg+xml' } });
};

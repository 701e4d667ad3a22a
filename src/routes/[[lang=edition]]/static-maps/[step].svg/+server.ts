import { editionWithStep, stepEntries } from '$lib/server/editions';
import { staticMapSvg } from '$lib/server/staticMapFont';
import { staticMapFor } from '$lib/server/staticMaps';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => stepEntries('step');

/**
 * One SVG per step, from the same geo data and camera logic as the live map,
 * written in the edition's language (with its face embedded where the
 * reader's fonts may not shape it).
 */
export const GET: RequestHandler = async ({ params }) => {
	const svg = await staticMapSvg(await staticMapFor(editionWithStep(params, params.step), params.step));
	return new Response(svg, { headers: { 'content-type': 'image/svg+xml' } });
};

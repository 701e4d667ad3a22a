import { renderStaticMap } from '$lib/geo/staticMap';
import { editionWithStep, stepEntries } from '$lib/server/editions';
import { staticMapInputFor } from '$lib/server/staticMaps';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => stepEntries('step');

/** One SVG per step, from the same geo data and camera logic as the live map, named in the edition's language. */
export const GET: RequestHandler = ({ params }) => {
	const svg = renderStaticMap(staticMapInputFor(editionWithStep(params, params.step), params.step));
	return new Response(svg, { headers: { 'content-type': 'image/svg+xml' } });
};

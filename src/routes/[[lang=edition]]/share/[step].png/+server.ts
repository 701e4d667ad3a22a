import { editionWithStep, stepEntries } from '$lib/server/editions';
import { shareCardFor, sharePng } from '$lib/server/shareImage';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => stepEntries('step');

/** Each step's link-preview image (1200×630 PNG), drawn at build time from its static map. */
export const GET: RequestHandler = async ({ params }) => {
	const png = sharePng(await shareCardFor(editionWithStep(params, params.step), params.step));
	return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};

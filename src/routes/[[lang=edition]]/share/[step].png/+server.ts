import { error } from '@sveltejs/kit';
import { loadContent } from '$lib/server/content';
import { editionEntries, langOf, loadEdition } from '$lib/server/editions';
import { shareCardFor, sharePng } from '$lib/server/shareImage';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () =>
	editionEntries(() => loadContent().story.steps.map((step) => ({ step: step.id })));

/** Each step's link-preview image (1200×630 PNG), drawn at build time from its static map. */
export const GET: RequestHandler = ({ params }) => {
	const content = loadEdition(langOf(params.lang));
	if (!content.story.steps.some((s) => s.id === params.step)) error(404, `No step "${params.step}"`);
	const png = sharePng(shareCardFor(content, params.step));
	return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};

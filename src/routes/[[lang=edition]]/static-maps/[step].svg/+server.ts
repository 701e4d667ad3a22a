import { error } from '@sveltejs/kit';
import { renderStaticMap } from '$lib/geo/staticMap';
import { loadContent } from '$lib/server/content';
import { editionEntries, langOf, loadEdition } from '$lib/server/editions';
import { staticMapInputFor } from '$lib/server/staticMaps';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () =>
	editionEntries(() => loadContent().story.steps.map((step) => ({ step: step.id })));

/** One SVG per step, from the same geo data and camera logic as the live map. */
export const GET: RequestHandler = ({ params }) => {
	const content = loadEdition(langOf(params.lang));
	if (!content.story.steps.some((s) => s.id === params.step)) error(404, `No step "${params.step}"`);
	const svg = renderStaticMap(staticMapInputFor(content, params.step));
	return new Response(svg, { headers: { 'content-type': 'image/svg+xml' } });
};

import { error } from '@sveltejs/kit';
import { renderStaticMap } from '$lib/geo/staticMap';
import { loadContent } from '$lib/server/content';
import { staticMapInputFor } from '$lib/server/staticMaps';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => loadContent().story.steps.map((step) => ({ step: step.id }));

/** One SVG per step, from the same geo data and camera logic as the live map. */
export const GET: RequestHandler = ({ params }) => {
	const content = loadContent();
	if (!content.story.steps.some((s) => s.id === params.step)) error(404, `No step "${params.step}"`);
	const svg = renderStaticMap(staticMapInputFor(content, params.step));
	return new Response(svg, { headers: { 'content-type': 'image/svg+xml' } });
};

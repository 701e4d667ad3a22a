import { error } from '@sveltejs/kit';
import { loadContent } from '$lib/server/content';
import { locatorsFor } from '$lib/server/locators';
import { THEMES } from '$lib/geo/palette';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => {
	const steps = Object.keys(locatorsFor(loadContent()));
	return THEMES.flatMap((theme) => steps.map((step) => ({ theme, step })));
};

/** The locator inset of a close-up step, in the page's light or dark colours. */
export const GET: RequestHandler = ({ params }) => {
	const theme = THEMES.find((t) => t === params.theme);
	const locator = theme && locatorsFor(loadContent(), theme)[params.step];
	if (!locator) error(404, `No locator for step "${params.step}" (${params.theme})`);
	return new Response(locator.svg, { headers: { 'content-type': 'image/svg+xml' } });
};

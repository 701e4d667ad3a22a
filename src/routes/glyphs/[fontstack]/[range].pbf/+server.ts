import { error } from '@sveltejs/kit';
import { labelGlyphFiles } from '$lib/server/labelGlyphs';
import { LABEL_FONTSTACK } from '$lib/map/style';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

/** Every range of 256 code points that some edition's map labels reach. */
export const entries: EntryGenerator = async () =>
	[...(await labelGlyphFiles()).keys()].map((start) => ({
		fontstack: LABEL_FONTSTACK,
		range: `${start}-${start + 255}`
	}));

/** The labels' glyphs of one range (MapLibre's glyphs URL): made at build time, for the characters the story uses. */
export const GET: RequestHandler = async ({ params }) => {
	const start = Number(params.range.split('-')[0]);
	const exact = params.fontstack === LABEL_FONTSTACK && params.range === `${start}-${start + 255}`;
	const file = exact ? (await labelGlyphFiles()).get(start) : undefined;
	if (!file) error(404, `No glyphs for fontstack "${params.fontstack}", range ${params.range}`);
	return new Response(file, { headers: { 'content-type': 'application/x-protobuf' } });
};

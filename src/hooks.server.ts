import type { Handle } from '@sveltejs/kit';
import { DEFAULT_LANG, EDITIONS, isLang } from '$lib/locale/editions';
import { fillAppendix } from '$lib/server/appendixHtml';

/**
 * Each edition's pages say their language and direction on <html> (app.html's
 * %lang% and %dir%), and story pages get their appendix as plain HTML, which
 * the browser keeps without hydrating (StoryAppendix.svelte).
 */
export const handle: Handle = ({ event, resolve }) => {
	const param = event.params.lang;
	const edition = EDITIONS[param && isLang(param) ? param : DEFAULT_LANG];
	return resolve(event, {
		transformPageChunk: ({ html }) =>
			fillAppendix(
				html.replace('%lang%', edition.lang).replace('%dir%', edition.dir),
				event.locals.storyData,
				event.locals.storyReading
			)
	});
};

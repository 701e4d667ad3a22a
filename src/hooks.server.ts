import type { Handle, HandleServerError } from '@sveltejs/kit';
import { building, dev } from '$app/environment';
import { locatedIssues } from '$lib/server/locatedIssues';
import { ContentError } from '$lib/story/errors';
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

/**
 * While developing, a content mistake shows in the page the editor is looking
 * at, every problem with its file, line and field (+error.svelte), not a bare
 * 500; the build stops on the same problems before any page is made.
 */
export const handleError: HandleServerError = ({ error, event }) => {
	// While prerendering, a page that fails stops the build with only "500 <path>": say why (a bad SITE_URL, say).
	if (building)
		console.error(`${event.url.pathname}: ${error instanceof Error ? error.message : String(error)}`);
	if (dev && error instanceof ContentError)
		return { message: error.message.split('\n')[0], issues: locatedIssues(error.issues) };
	return { message: dev && error instanceof Error ? error.message : 'Internal Error' };
};

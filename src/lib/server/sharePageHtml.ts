import { render } from 'svelte/server';
import { loadMessages } from '../locale/messages.ts';
import StepSharePage from '../story-view/StepSharePage.svelte';
import type { StoryServerData } from '../story-view/types.ts';

/**
 * A step's share page, head and body, as HTML. It is rendered here, on the
 * server only, rather than by its route's component: the page is never
 * hydrated, and a route that imported the step card would share it with the
 * story page's code, splitting that code into more chunks (about 1 KB more
 * for the story's first view). Svelte's comments are left out, as in the appendix.
 */
export async function sharePageHtml(
	data: StoryServerData,
	stepIndex: number,
	stepCount: number
): Promise<{ head: string; body: string }> {
	const { head, body } = render(StepSharePage, {
		props: { data: { ...data, t: await loadMessages(data.lang) }, stepIndex, stepCount }
	});
	const bare = (html: string) => html.replace(/<!--[\s\S]*?-->/g, '');
	return { head: bare(head), body: bare(body) };
}

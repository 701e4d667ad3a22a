import { render } from 'svelte/server';
import { loadMessages } from '../locale/messages.ts';
import AppendixText from '../story-view/AppendixText.svelte';
import { APPENDIX_MARK } from '../story-view/appendixMark.ts';
import { StoryPage } from '../story-view/pageState.svelte.ts';
import type { StoryReading } from '../story/types.ts';
import type { StoryServerData } from '../story-view/types.ts';

/**
 * The appendix (every place's details and the foot of the story) as plain
 * HTML, for the page to keep without hydrating it. Svelte's hydration comments
 * are left out: the browser claims the nodes of an {@html} block up to the first
 * empty comment, so none may appear inside.
 */
export async function appendixHtml(data: StoryServerData, reading: StoryReading): Promise<string> {
	const page = new StoryPage({ ...data, t: await loadMessages(data.lang) });
	return render(AppendixText, { props: { page, reading } }).body.replace(/<!--[\s\S]*?-->/g, '');
}

/** A rendered page with its appendix after the mark; pages without the mark are returned as they are. */
export async function fillAppendix(
	html: string,
	data: StoryServerData | undefined,
	reading: StoryReading | undefined
): Promise<string> {
	if (!data || !reading || !html.includes(APPENDIX_MARK)) return html;
	const appendix = await appendixHtml(data, reading);
	return html.replace(APPENDIX_MARK, () => APPENDIX_MARK + appendix);
}

/** The HTML an editor pastes into an article, for each kind of embed. */
import { EMBED_KINDS, EMBED_PATHS, type EmbedKind } from './kinds.ts';

export type SnippetKind = EmbedKind;

export interface Snippet {
	kind: SnippetKind;
	label: string;
	description: string;
	html: string;
}

function escapeAttribute(value: string): string {
	return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Each kind's snippet: typed by EMBED_KINDS, so a new kind does not build until it has one. */
const SNIPPETS: Record<EmbedKind, (url: URL, title: string, script: string) => Omit<Snippet, 'kind'>> = {
	stepper: (url, title, script) => ({
		label: 'Stepper',
		description: 'The map with each step’s text and previous/next controls. Fits any height.',
		html: `${frame(url, 640, title)}\n${script}`
	}),
	single: (url, title, script) => ({
		label: 'Single view of this step',
		description: 'One map state with its caption and a link to the full story: a locator beside a paragraph.',
		html: `${frame(url, 480, title)}\n${script}`
	}),
	scroll: (url, title, script) => ({
		label: 'Scroll embed',
		description: 'The whole scrolling story inside the article, sized to its full height.',
		html: `<div data-storymap="${escapeAttribute(url.href)}" data-storymap-title="${escapeAttribute(title)}"></div>\n${script}`
	})
};

function frame(src: URL, height: number, label: string): string {
	return (
		`<iframe src="${escapeAttribute(src.href)}" title="${escapeAttribute(label)}" ` +
		`style="display:block;width:100%;height:${height}px;border:0" loading="lazy"></iframe>`
	);
}

/**
 * @param siteUrl absolute URL of the published story's root, ending in "/"
 * @param stepId the step the single view shows
 */
export function embedSnippets(siteUrl: string, stepId: string, title: string): Snippet[] {
	const root = new URL(siteUrl);
	const script = `<script src="${new URL('embed.js', root)}" async></script>`;
	return EMBED_KINDS.map((kind) => {
		const url = new URL(EMBED_PATHS[kind], root);
		if (kind === 'single') url.searchParams.set('step', stepId);
		return { kind, ...SNIPPETS[kind](url, title, script) };
	});
}

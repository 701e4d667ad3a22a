/** The HTML an editor pastes into an article, for each kind of embed. */
import type { Lang } from '../locale/editions.ts';
import { EMBED_MESSAGES } from './embedMessages.ts';
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

/** Each kind's HTML: typed by EMBED_KINDS, so a new kind does not build until it has one (and its words). */
const SNIPPETS: Record<EmbedKind, (url: URL, title: string, script: string) => string> = {
	stepper: (url, title, script) => `${frame(url, 640, title)}\n${script}`,
	single: (url, title, script) => `${frame(url, 480, title)}\n${script}`,
	scroll: (url, title, script) =>
		`<div data-storymap="${escapeAttribute(url.href)}" data-storymap-title="${escapeAttribute(title)}"></div>\n${script}`
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
 * @param lang the edition whose words label the snippets (its pages are in `siteUrl`)
 */
export function embedSnippets(siteUrl: string, stepId: string, title: string, lang: Lang = 'en'): Snippet[] {
	const root = new URL(siteUrl);
	const script = `<script src="${new URL('embed.js', root)}" async></script>`;
	return EMBED_KINDS.map((kind) => {
		const url = new URL(EMBED_PATHS[kind], root);
		if (kind === 'single') url.searchParams.set('step', stepId);
		return { kind, ...EMBED_MESSAGES[lang].kinds[kind], html: SNIPPETS[kind](url, title, script) };
	});
}

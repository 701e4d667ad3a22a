/** The HTML an editor pastes into an article, for each kind of embed. */
import { STATIC_MAP_SIZE } from '../geo/staticMapSize.ts';
import { captionsStyle, CAPTIONS_ATTRIBUTE, STEP_ATTRIBUTE } from './captions.ts';
import type { Lang } from '../locale/editions.ts';
import { EMBED_MESSAGES, type EmbedMessages } from './embedMessages.ts';
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

/** What a step's part of the host-captions snippet needs. */
export interface SnippetStep {
	id: string;
	title: string;
	mapDescription: string;
}

interface SnippetContext {
	url: URL;
	root: URL;
	title: string;
	script: string;
	steps: SnippetStep[];
	t: EmbedMessages;
}

/** Each kind's HTML: typed by EMBED_KINDS, so a new kind does not build until it has one (and its words). */
const SNIPPETS: Record<EmbedKind, (context: SnippetContext) => string> = {
	stepper: ({ url, title, script }) => `${frame(url, 640, title)}\n${script}`,
	single: ({ url, title, script }) => `${frame(url, 480, title)}\n${script}`,
	scroll: ({ url, title, script }) =>
		`<div data-storymap="${escapeAttribute(url.href)}" data-storymap-title="${escapeAttribute(title)}"></div>\n${script}`,
	captions: captionsSnippet
};

/**
 * The map, the style that keeps its room from the first paint, a stepper for
 * pages that strip scripts and styles (AMP: the style hides it everywhere
 * else), then each step's paragraph to replace, marked, with its static map in
 * <noscript> before it.
 */
function captionsSnippet({ url, root, title, script, steps, t }: SnippetContext): string {
	const stepper = new URL(EMBED_PATHS.stepper, root);
	const { width, height } = STATIC_MAP_SIZE;
	const paragraphs = steps.map((step) => {
		const map = new URL(`static-maps/${step.id}.svg`, root);
		return (
			`<noscript><img src="${escapeAttribute(map.href)}" alt="${escapeAttribute(step.mapDescription)}" ` +
			`width="${width}" height="${height}" style="display:block;width:100%;height:auto"></noscript>\n` +
			`<p ${STEP_ATTRIBUTE}="${step.id}">${escapeText(step.title)}</p>`
		);
	});
	return [
		`<style data-storymap-style>\n${captionsStyle()}\n</style>`,
		`<div ${CAPTIONS_ATTRIBUTE}="${escapeAttribute(url.href)}" data-storymap-title="${escapeAttribute(title)}">`,
		`<p class="storymap-fallback">${escapeText(t.captionsFallback)}</p>`,
		`${frame(stepper, 640, title).replace('<iframe ', '<iframe class="storymap-fallback" ')}`,
		`</div>`,
		`<!-- ${t.captionsHowTo(steps.map((step) => step.id)).replace(/--/g, '–')} -->`,
		...paragraphs,
		script
	].join('\n');
}

function escapeText(value: string): string {
	return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

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
export function embedSnippets(
	siteUrl: string,
	stepId: string,
	title: string,
	lang: Lang,
	steps: SnippetStep[]
): Snippet[] {
	const root = new URL(siteUrl);
	// embed.js is one file for every edition, at the site's root.
	const script = `<script src="${new URL(lang === 'en' ? 'embed.js' : '../embed.js', root)}" async></script>`;
	const t = EMBED_MESSAGES[lang];
	return EMBED_KINDS.map((kind) => {
		const url = new URL(EMBED_PATHS[kind], root);
		if (kind === 'single') url.searchParams.set('step', stepId);
		return { kind, ...t.kinds[kind], html: SNIPPETS[kind]({ url, root, title, script, steps, t }) };
	});
}

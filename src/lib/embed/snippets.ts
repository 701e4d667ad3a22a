/** The HTML an editor pastes into an article, for each kind of embed. */
export type SnippetKind = 'stepper' | 'single' | 'scroll';

export interface Snippet {
	kind: SnippetKind;
	label: string;
	description: string;
	html: string;
}

function escapeAttribute(value: string): string {
	return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * @param siteUrl absolute URL of the published story's root, ending in "/"
 * @param stepId the step the single view shows
 */
export function embedSnippets(siteUrl: string, stepId: string, title: string): Snippet[] {
	const root = new URL(siteUrl);
	const script = `<script src="${new URL('embed.js', root)}" async></script>`;
	const frame = (src: URL, height: number, label: string) =>
		`<iframe src="${escapeAttribute(src.href)}" title="${escapeAttribute(label)}" ` +
		`style="display:block;width:100%;height:${height}px;border:0" loading="lazy"></iframe>`;

	const single = new URL('embed/', root);
	single.searchParams.set('mode', 'single');
	single.searchParams.set('step', stepId);

	return [
		{
			kind: 'stepper',
			label: 'Stepper',
			description: 'The map with each step’s text and previous/next controls. Fits any height.',
			html: `${frame(new URL('embed/', root), 640, title)}\n${script}`
		},
		{
			kind: 'single',
			label: 'Single view of this step',
			description:
				'One map state with its caption and a link to the full story: a locator beside a paragraph.',
			html: `${frame(single, 480, title)}\n${script}`
		},
		{
			kind: 'scroll',
			label: 'Scroll embed',
			description: 'The whole scrolling story inside the article, sized to its full height.',
			html: `<div data-storymap="${escapeAttribute(new URL('embed/scroll/', root).href)}" data-storymap-title="${escapeAttribute(title)}"></div>\n${script}`
		}
	];
}

/** The size link previews ask for (Open Graph, X's summary_large_image): 1.91:1. */
export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 };

/** An edition's folder under the site root: "" for the original, "fa/" for a translation. */
export function editionPath(edition?: string): string {
	return edition ? `${edition}/` : '';
}

/**
 * Where a step's share page and image are, relative to the site root (routes
 * [[lang]]/step/[id], [[lang]]/share/[step].png); `edition` is a translation's
 * language code, absent for the original.
 */
export function sharePagePath(stepId: string, edition?: string): string {
	return `${editionPath(edition)}step/${encodeURIComponent(stepId)}`;
}

/**
 * The story, from a step's share page: the page is the folder
 * [edition/]step/<id>/, so its edition's story is two folders up. Relative, so
 * it holds under any BASE_PATH and on any copy of the site.
 */
export const STORY_FROM_SHARE_PAGE = '../../';

/**
 * The story at a step, from that step's share page: a fragment, so the browser
 * brings the step's card into view before any script runs (the story page
 * reads it as a step request, `stepFromUrl`).
 */
export function storyAtStepFromSharePage(stepId: string): string {
	return `${STORY_FROM_SHARE_PAGE}#${encodeURIComponent(stepId)}`;
}

export function shareImagePath(stepId: string, edition?: string): string {
	return `${editionPath(edition)}share/${encodeURIComponent(stepId)}.png`;
}

/** The alt text of a step's share image; `mapWord` is the edition's word for "Map". */
export function shareImageAlt(
	storyTitle: string,
	step: { title: string; mapDescription: string },
	mapWord = 'Map'
): string {
	return `${storyTitle}: ${step.title}. ${mapWord}: ${step.mapDescription}`;
}

/** Link previews show about two lines: text cut at a word before `max` characters, with "…". */
export function excerpt(text: string, max = 300): string {
	if (text.length <= max) return text;
	const cut = text.slice(0, max - 1);
	const lastSpace = cut.lastIndexOf(' ');
	return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

/** The size link previews ask for (Open Graph, X's summary_large_image): 1.91:1. */
export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 };

/** Where a step's share page and image are, relative to the site root (routes step/[id], share/[step].png). */
export function sharePagePath(stepId: string): string {
	return `step/${encodeURIComponent(stepId)}`;
}

export function shareImagePath(stepId: string): string {
	return `share/${encodeURIComponent(stepId)}.png`;
}

/** The alt text of a step's share image. */
export function shareImageAlt(storyTitle: string, step: { title: string; mapDescription: string }): string {
	return `${storyTitle}: ${step.title}. Map: ${step.mapDescription}`;
}

/** Link previews show about two lines: text cut at a word before `max` characters, with "…". */
export function excerpt(text: string, max = 300): string {
	if (text.length <= max) return text;
	const cut = text.slice(0, max - 1);
	const lastSpace = cut.lastIndexOf(' ');
	return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

import type { StoryOnPage, StoryUpdate } from './types.ts';

/** The log as the page lists it: newest first, file order within a day. */
export function updatesNewestFirst(updates: StoryUpdate[]): StoryUpdate[] {
	return (
		updates
			.map((update, index) => ({ update, index }))
			// ISO dates sort as plain strings; localeCompare would build a collator during hydration.
			.sort((a, b) =>
				a.update.date < b.update.date ? 1 : a.update.date > b.update.date ? -1 : a.index - b.index
			)
			.map(({ update }) => update)
	);
}

/** The date of the newest log entry, or undefined when the story was never updated. */
export function lastUpdated(updates: StoryUpdate[]): string | undefined {
	return updatesNewestFirst(updates)[0]?.date;
}

/**
 * schema.org NewsArticle for search engines, as the text of a JSON-LD script.
 * `<` is escaped so no story text can close the script element.
 */
export function newsArticleJsonLd(story: StoryOnPage): string {
	const data = {
		'@context': 'https://schema.org',
		'@type': 'NewsArticle',
		headline: story.title,
		description: story.dek,
		datePublished: story.published,
		dateModified: story.lastUpdated ?? story.published,
		author: { '@type': 'Organization', name: story.byline }
	};
	return JSON.stringify(data).replace(/</g, '\\u003c');
}

/** The JSON-LD as a `<script type="application/ld+json">` element for the page head. */
export function jsonLdScript(json: string): string {
	return `<script type="application/ld+json">${json}</script>`;
}

import { layerFile, type ContentIssue } from './errors.ts';
import type { GeoLayer, Paragraph, Source, SourceKind, Story } from './types.ts';

/**
 * Outlets whose kind is known without the file saying so. A source may set
 * `kind` itself (a directive or an official page is a reference work).
 */
const REFERENCE_OUTLETS = ['Wikipedia', 'CIA World Factbook', 'Encyclopaedia Britannica'];
const GAZETTEER_OUTLETS = ['GeoNames', 'Natural Earth', 'OpenStreetMap'];

/**
 * News organisations the text may name without the story citing them, so the
 * check can catch an outlet that no source list mentions yet. Names in any
 * source list are looked for too.
 */
const NEWS_OUTLETS = [
	'AP',
	'Associated Press',
	'AFP',
	'Agence France-Presse',
	'Reuters',
	'CBS News',
	'CNN',
	'BBC',
	'NBC News',
	'ABC News',
	'Al Jazeera',
	'Al Arabiya',
	'Wall Street Journal',
	'New York Times',
	'Washington Post',
	'Guardian',
	'Financial Times',
	'Bloomberg',
	'Axios',
	'Politico',
	'IRNA',
	'Tasnim',
	'Fars',
	'Xinhua',
	'Jerusalem Post',
	'Times of Israel',
	'Haaretz'
];

/** Names that stand for the same outlet. */
const ALIASES: Record<string, string> = {
	'Associated Press': 'AP',
	'Agence France-Presse': 'AFP',
	WSJ: 'Wall Street Journal'
};

const canonical = (name: string) => ALIASES[name] ?? name;

/** "Xinhua / IRNA" cites both. */
export function outletNames(outlet: string): string[] {
	return outlet
		.split('/')
		.map((name) => name.trim())
		.filter(Boolean);
}

export function sourceKindOf(source: Source): SourceKind {
	if (source.kind) return source.kind;
	if (GAZETTEER_OUTLETS.includes(source.outlet)) return 'gazetteer';
	if (REFERENCE_OUTLETS.includes(source.outlet)) return 'reference';
	return 'news';
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The outlets among `candidates` that `text` names as whole words, in the order it names them. */
export function outletsNamedIn(text: string, candidates: Iterable<string>): string[] {
	const found: { name: string; at: number }[] = [];
	for (const name of candidates) {
		const at = text.search(new RegExp(`(?<![\\w-])${escape(name)}(?![\\w-])`));
		if (at >= 0) found.push({ name: canonical(name), at });
	}
	return [...new Set(found.sort((a, b) => a.at - b.at).map(({ name }) => name))];
}

const plainText = (paragraphs: Paragraph[]) =>
	paragraphs.map((paragraph) => paragraph.map((token) => token.text).join('')).join('\n');

function undatedProblem(source: Source, index: number): string | undefined {
	if (source.date || sourceKindOf(source) !== 'news') return undefined;
	return `source ${index + 1} ("${source.outlet}") has no date: give the date of the report, or write "kind: reference" for a reference work`;
}

/**
 * Source checks across the story and its layers: every outlet the text names
 * is cited, every news source is dated, and no place rests on gazetteers alone.
 */
export function checkSources(storyFile: string, story: Story, layers: GeoLayer[]): ContentIssue[] {
	const issues: ContentIssue[] = [];
	const cited = new Set(story.sources.flatMap((source) => outletNames(source.outlet)).map(canonical));
	const candidates = new Set([
		...NEWS_OUTLETS,
		...Object.keys(ALIASES),
		...story.sources.flatMap((source) => outletNames(source.outlet)),
		...layers.flatMap((layer) =>
			layer.features.flatMap((feature) => feature.properties.sources.flatMap((s) => outletNames(s.outlet)))
		)
	]);
	const uncited = (text: string) => outletsNamedIn(text, candidates).filter((name) => !cited.has(name));
	const missing = (name: string) =>
		`names ${name}, which is not in the story's [sources]: add it with the date of its report`;

	for (const name of uncited(story.dek))
		issues.push({ file: storyFile, field: 'dek', message: missing(name) });
	for (const step of story.steps)
		for (const name of uncited(plainText(step.body)))
			issues.push({ file: storyFile, where: `step "${step.id}"`, field: 'text', message: missing(name) });

	story.sources.forEach((source, index) => {
		const problem = undatedProblem(source, index);
		if (problem) issues.push({ file: storyFile, field: 'sources', message: problem });
	});

	for (const layer of layers)
		for (const feature of layer.features) {
			const { id, sources } = feature.properties;
			const report = (message: string) =>
				issues.push({ file: layerFile(layer), where: `feature "${id}"`, field: 'sources', message });
			sources.forEach((source, index) => {
				const problem = undatedProblem(source, index);
				if (problem) report(problem);
			});
			if (sources.every((source) => sourceKindOf(source) === 'gazetteer'))
				report(
					`only gazetteers (${sources.map((s) => s.outlet).join(', ')}): add a source for what the details say`
				);
		}
	return issues;
}

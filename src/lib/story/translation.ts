import type { ContentIssue } from './errors.ts';
import { isSafeHref, parseParagraphs } from './inline.ts';
import { parseArcs, readArchieMl, readUpdate } from './parseStory.ts';
import type { Figure, Paragraph, Place, Source, Step, Story } from './types.ts';

/**
 * A story's editions: the original, and translations beside it
 * (story.<lang>.aml for the words, geo/translations/<lang>.json for the
 * places). A translation carries words only: ids, dates, focus, layers, arcs
 * and cameras come from the original, so the editions cannot drift apart.
 * Every text the original has must be translated; a missing one is an issue
 * naming the file, the step, place or entry, and the field.
 */

/** `pending` until an editor fluent in the language has read it: the page says so. */
export type TranslationReview = 'pending' | 'reviewed';
export const TRANSLATION_REVIEWS: readonly TranslationReview[] = ['pending', 'reviewed'];

export interface TranslatedStory {
	lang: string;
	review: TranslationReview;
	story: Story;
}

const TOP_FIELDS = [
	'lang',
	'translationReview',
	'title',
	'dek',
	'byline',
	'credits',
	'updates',
	'editionUpdates',
	'sources',
	'steps'
];
const STEP_FIELDS = ['id', 'title', 'dateLabel', 'mapDescription', 'arcs', 'text'];
const UPDATE_FIELDS = ['change', 'why', 'source'];
const SOURCE_FIELDS = ['outlet', 'date', 'title', 'url', 'kind'];

function text(value: unknown): string | undefined {
	return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function listOf(value: unknown): Record<string, unknown>[] {
	return Array.isArray(value) ? (value as Record<string, unknown>[]) : [];
}

type Report = (field: string, message: string, where?: string) => void;

function checkFields(raw: Record<string, unknown>, known: string[], report: Report, where?: string) {
	for (const key of Object.keys(raw))
		if (!known.includes(key)) report(key, `unknown field (a translation has: ${known.join(', ')})`, where);
}

function paragraphs(value: unknown, field: string, report: Report, where?: string): Paragraph[] {
	const body = parseParagraphs(typeof value === 'string' ? value : '');
	for (const token of body.flat())
		if (token.type === 'link' && !isSafeHref(token.href))
			report(field, `link "${token.href}" must be an http(s) address or a #anchor`, where);
	return body;
}

/**
 * A source's translated words; outlet always, date and title where the
 * original has them. A translation may give its own `url` (a page in its own
 * language); otherwise the original's address is kept, and `urlLang` says the
 * page it opens is in the original's language.
 */
function translateSources(
	original: Source[],
	raw: unknown,
	report: Report,
	whereOf: (index: number) => string,
	originalLang: string
): Source[] {
	const entries = listOf(raw);
	if (entries.length !== original.length)
		report(
			'sources',
			`has ${entries.length} entries; the original has ${original.length}, in the same order`
		);
	return original.map((source, index) => {
		const entry = entries[index] ?? {};
		const where = whereOf(index);
		checkFields(entry, SOURCE_FIELDS, report, where);
		const outlet = text(entry.outlet);
		if (!outlet) report('outlet', 'missing translation', where);
		const translated: Source = { ...source, outlet: outlet ?? source.outlet };
		for (const field of ['date', 'title'] as const)
			if (source[field] !== undefined) {
				const value = text(entry[field]);
				if (!value) report(field, 'missing translation', where);
				translated[field] = value ?? source[field];
			}
		const url = text(entry.url);
		if (url && !/^https?:\/\//i.test(url)) report('url', `"${url}" must be an http(s) address`, where);
		else if (url) translated.url = url;
		else if (source.url) translated.urlLang = originalLang;
		return translated;
	});
}

/**
 * The original story with every text replaced by the translation's, from a
 * story.<lang>.aml file. `lang` is the edition the file name promises.
 */
export function translateStory(
	original: Story,
	file: string,
	source: string,
	lang: string,
	originalLang: string
): { translation: TranslatedStory; issues: ContentIssue[] } {
	const issues: ContentIssue[] = [];
	const report: Report = (field, message, where) => issues.push({ file, where, field, message });
	const raw = readArchieMl(file, source, issues);
	checkFields(raw, TOP_FIELDS, report);
	if (text(raw.lang) !== lang) report('lang', `must be "${lang}", the language in the file name`);
	const review = text(raw.translationReview) as TranslationReview | undefined;
	if (!review || !TRANSLATION_REVIEWS.includes(review))
		report('translationReview', `must be one of ${TRANSLATION_REVIEWS.join(', ')}`);
	const required = (field: 'title' | 'dek' | 'byline') => {
		const value = text(raw[field]);
		if (!value) report(field, 'missing translation');
		return value ?? original[field];
	};

	const credits = paragraphs(raw.credits, 'credits', report);
	if (original.credits.length > 0 && credits.length === 0) report('credits', 'missing translation');

	const updateEntries = listOf(raw.updates);
	if (updateEntries.length !== original.updates.length)
		report(
			'updates',
			`has ${updateEntries.length} entries; the original has ${original.updates.length}, in the same order`
		);
	const updates = original.updates.map((update, index) => {
		const entry = updateEntries[index] ?? {};
		const where = `update #${index + 1}`;
		checkFields(entry, UPDATE_FIELDS, report, where);
		const word = (field: 'change' | 'why' | 'source') => {
			const value = text(entry[field]);
			if (!value) report(field, 'missing translation', where);
			return value ?? update[field];
		};
		return { ...update, change: word('change'), why: word('why'), source: word('source') };
	});
	// Corrections to this edition alone (a mistranslation mended), each with its own date.
	const editionUpdates = listOf(raw.editionUpdates).map((entry, index) =>
		readUpdate(entry, (field, message) => report(field, message, `edition update #${index + 1}`))
	);

	const sources = translateSources(
		original.sources,
		raw.sources,
		report,
		(index) => `source #${index + 1}`,
		originalLang
	);

	const stepEntries = new Map<string, Record<string, unknown>>();
	for (const entry of listOf(raw.steps)) {
		const id = text(entry.id) ?? '';
		if (!original.steps.some((step) => step.id === id))
			report('id', `"${id}" is not a step of the original story`, `step "${id}"`);
		else if (stepEntries.has(id)) report('id', 'translated twice', `step "${id}"`);
		else stepEntries.set(id, entry);
	}
	const steps = original.steps.map((step) => translateStep(step, stepEntries.get(step.id), report));

	return {
		translation: {
			lang,
			review: review ?? 'pending',
			story: {
				...original,
				title: required('title'),
				dek: required('dek'),
				byline: required('byline'),
				credits: credits.length > 0 ? credits : original.credits,
				updates: [...updates, ...editionUpdates],
				sources,
				steps
			}
		},
		issues
	};
}

function translateStep(step: Step, entry: Record<string, unknown> | undefined, report: Report): Step {
	const where = `step "${step.id}"`;
	if (!entry) {
		report('steps', 'missing translation of the whole step', where);
		return step;
	}
	checkFields(entry, STEP_FIELDS, report, where);
	const title = text(entry.title);
	if (!title) report('title', 'missing translation', where);
	const body = paragraphs(entry.text, 'text', report, where);
	if (body.length === 0) report('text', 'missing translation (end a multi-line text with ":end")', where);
	const dateLabel = text(entry.dateLabel);
	if (step.dateLabel && !dateLabel) report('dateLabel', 'missing translation', where);
	const mapDescription = text(entry.mapDescription);
	if (!mapDescription)
		report('mapDescription', 'missing translation (the map in words, in this language)', where);

	const labels = new Map<string, string | undefined>();
	if (text(entry.arcs)) {
		const { arcs, problems } = parseArcs(text(entry.arcs)!);
		for (const problem of problems) report('arcs', problem, where);
		for (const arc of arcs) {
			if (!step.arcs.some((a) => a.id === arc.id))
				report('arcs', `"${arc.from} -> ${arc.to}" is not an arc of this step in the original`, where);
			labels.set(arc.id, arc.label);
		}
	}
	const arcs = step.arcs.map((arc) => {
		if (!arc.label) return arc;
		const label = labels.get(arc.id);
		if (!label) report('arcs', `missing the label of "${arc.from} -> ${arc.to}"`, where);
		return { ...arc, label: label ?? arc.label };
	});
	return {
		...step,
		title: title ?? step.title,
		body: body.length > 0 ? body : step.body,
		dateLabel: step.dateLabel ? (dateLabel ?? step.dateLabel) : undefined,
		mapDescription: mapDescription ?? step.mapDescription,
		arcs
	};
}

/**
 * A place's figures in the translation's words, in the original's order. A
 * figure is text, or `{ "text", "source" }` where the original names who gives
 * it. A source left out is taken from the place's translated sources when the
 * original's is one of their outlets; otherwise it is missing.
 */
function translateFigures(
	place: Place,
	raw: unknown,
	translatedSources: Source[],
	report: (message: string) => void
): Figure[] | undefined {
	if (!place.figures) return undefined;
	const entries = Array.isArray(raw) ? raw : [];
	if (entries.length !== place.figures.length)
		report(`has ${entries.length} figures; the original has ${place.figures.length}, in the same order`);
	return place.figures.map((figure, index): Figure => {
		if (index >= entries.length) return figure;
		const entry: unknown = entries[index];
		const fields = entry && typeof entry === 'object' ? (entry as Record<string, unknown>) : { text: entry };
		for (const key of Object.keys(fields))
			if (key !== 'text' && key !== 'source')
				report(`figure #${index + 1}: unknown field "${key}" (a figure has: text, source)`);
		const value = text(fields.text);
		if (!value) report(`figure #${index + 1}: missing translation`);
		if (typeof figure === 'string') return value ?? figure;
		const translated = { ...figure, text: value ?? figure.text };
		if (figure.source === undefined) return translated;
		const given = text(fields.source);
		const outletAt = place.sources.findIndex((source) => source.outlet === figure.source);
		const source = given ?? (outletAt >= 0 ? translatedSources[outletAt]?.outlet : undefined);
		if (!source)
			report(
				`figure #${index + 1}: missing translation of its source "${figure.source}" (write the figure as { "text", "source" })`
			);
		return { ...translated, source: source ?? figure.source };
	});
}

/** The translated names of what the map labels that is not a story place. */
export interface MapNames {
	/** Reference context (towns, seas, areas), by id. */
	reference: Record<string, string>;
	/** Basemap countries, by their Natural Earth name. */
	countries: Record<string, string>;
	/** Place kinds ("attack", "city"), as shown under a place's name. */
	kinds: Record<string, string>;
}

const PLACE_FIELDS = ['name', 'summary', 'dateLabel', 'figures', 'precisionNote', 'sources'];

/**
 * The places, layer titles and map names in a language, from
 * geo/translations/<lang>.json: every layer, place, reference label and
 * country the original draws must be there.
 */
export function translatePlaces(
	original: {
		places: Place[];
		layers: { id: string; title: string }[];
		referenceIds: string[];
		countryNames: string[];
		/** The original's language: the pages its sources' addresses open are in it. */
		lang: string;
	},
	file: string,
	json: unknown
): { places: Place[]; layers: { id: string; title: string }[]; names: MapNames; issues: ContentIssue[] } {
	const issues: ContentIssue[] = [];
	const report: Report = (field, message, where) => issues.push({ file, where, field, message });
	const root = (json && typeof json === 'object' ? json : {}) as Record<string, unknown>;
	checkFields(root, ['layers', 'places', 'reference', 'countries', 'kinds'], report);
	const section = (key: string) =>
		(root[key] && typeof root[key] === 'object' ? root[key] : {}) as Record<string, unknown>;
	const names = (key: 'reference' | 'countries' | 'kinds', ids: string[], where: (id: string) => string) => {
		const entries = section(key);
		const out: Record<string, string> = {};
		for (const id of ids) {
			const value = text(entries[id]);
			if (!value) report(key, 'missing translation', where(id));
			else out[id] = value;
		}
		return out;
	};

	const layerTitles = section('layers');
	const layers = original.layers.map((layer) => {
		const title = text(layerTitles[layer.id]);
		if (!title) report('layers', 'missing translation of the title', `layer "${layer.id}"`);
		return { ...layer, title: title ?? layer.title };
	});

	const entries = section('places');
	for (const id of Object.keys(entries))
		if (!original.places.some((place) => place.id === id))
			report('places', `"${id}" is not a place of the story`, `place "${id}"`);
	const places = original.places.map((place) => {
		const where = `place "${place.id}"`;
		const entry = entries[place.id] as Record<string, unknown> | undefined;
		if (!entry || typeof entry !== 'object') {
			report('places', 'missing translation of the whole place', where);
			return place;
		}
		checkFields(entry, PLACE_FIELDS, report, where);
		const word = (field: 'name' | 'summary' | 'dateLabel' | 'precisionNote') => {
			if (place[field] === undefined) return undefined;
			const value = text(entry[field]);
			if (!value) report(field, 'missing translation', where);
			return value ?? place[field];
		};
		const sources = translateSources(
			place.sources,
			entry.sources,
			report,
			(index) => `${where}, source #${index + 1}`,
			original.lang
		);
		const figures = translateFigures(place, entry.figures, sources, (message) =>
			report('figures', message, where)
		);
		return {
			...place,
			name: word('name')!,
			summary: word('summary')!,
			dateLabel: word('dateLabel'),
			precisionNote: word('precisionNote'),
			figures,
			sources
		};
	});

	return {
		places,
		layers,
		names: {
			reference: names('reference', original.referenceIds, (id) => `reference "${id}"`),
			countries: names('countries', original.countryNames, (name) => `country "${name}"`),
			kinds: names('kinds', [...new Set(original.places.map((p) => p.kind))], (kind) => `kind "${kind}"`)
		},
		issues
	};
}

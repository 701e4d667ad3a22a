import { error } from '@sveltejs/kit';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import world from 'world-atlas/countries-110m.json' with { type: 'json' };
import { DEFAULT_LANG, EDITIONS, type Lang } from '../locale/editions.ts';
import { isolatePlaces, isolateStory } from '../story/bidi.ts';
import { ContentError, type ContentIssue } from '../story/errors.ts';
import {
	translatePlaces,
	translateStory,
	type MapNames,
	type TranslationReview
} from '../story/translation.ts';
import { descriptionIssues } from './descriptions.ts';
import { DEFAULT_PATHS, loadContent, type ContentPaths, type StoryContent } from './content.ts';

/** A story in one language: the original, or the original with a translation's words. */
export interface EditionContent extends StoryContent {
	lang: Lang;
	/** Translations only: whether an editor has reviewed it. */
	review?: TranslationReview;
	/** Translations only: what the basemap and the place lists name in this language. */
	names?: MapNames;
}

/** Where a translation's two files are: beside the story, and in the geo folder. */
export function translationFiles(paths: ContentPaths, lang: Lang): { story: string; places: string } {
	return {
		story: paths.storyFile.replace(/\.aml$/, `.${lang}.aml`),
		places: `${paths.geoDir}/translations/${lang}.json`
	};
}

/** The story's languages: the original, then every language with a translation file beside it. */
export function editionLangs(paths: ContentPaths = DEFAULT_PATHS): Lang[] {
	const translated = (Object.keys(EDITIONS) as Lang[]).filter(
		(lang) => lang !== DEFAULT_LANG && existsSync(join(paths.root, translationFiles(paths, lang).story))
	);
	return [DEFAULT_LANG, ...translated];
}

const COUNTRY_NAMES = (
	world as unknown as { objects: { countries: { geometries: { properties: { name: string } }[] } } }
).objects.countries.geometries.map((country) => country.properties.name);

/** The editions each reporter has been told are pending review: a build (console.warn) hears it once. */
const warned = new WeakMap<(message: string) => void, Set<Lang>>();

/**
 * The story in `lang`. A translation must translate every text the original
 * has; the build stops with each missing one named (file, step or place,
 * field). One still pending review is published with a warning, once.
 */
export function loadEdition(
	lang: Lang,
	paths: ContentPaths = DEFAULT_PATHS,
	warn: (message: string) => void = console.warn
): EditionContent {
	const content = loadContent(paths);
	const { dir } = EDITIONS[lang];
	if (lang === DEFAULT_LANG)
		return {
			...content,
			lang,
			story: isolateStory(content.story, dir),
			places: isolatePlaces(content.places, dir)
		};
	const files = translationFiles(paths, lang);
	const issues: ContentIssue[] = [];
	const read = (file: string) => {
		try {
			return readFileSync(join(paths.root, file), 'utf8');
		} catch (error) {
			issues.push({ file, message: `cannot be read: ${(error as Error).message}` });
			return undefined;
		}
	};
	const storySource = read(files.story) ?? '';
	const { translation, issues: storyIssues } = translateStory(
		content.story,
		files.story,
		storySource,
		lang,
		DEFAULT_LANG
	);
	issues.push(...storyIssues);
	let placesJson: unknown = {};
	const placesSource = read(files.places);
	if (placesSource !== undefined)
		try {
			placesJson = JSON.parse(placesSource);
		} catch (error) {
			issues.push({ file: files.places, message: `is not valid JSON: ${(error as Error).message}` });
		}
	const translated = translatePlaces(
		{
			places: content.places,
			layers: content.layers.map(({ id, title }) => ({ id, title })),
			referenceIds: content.reference.map((feature) => feature.properties.id),
			countryNames: COUNTRY_NAMES,
			lang: DEFAULT_LANG
		},
		files.places,
		placesJson
	);
	issues.push(...translated.issues);
	if (issues.length > 0) throw new ContentError(issues);

	const told = warned.get(warn) ?? new Set<Lang>();
	warned.set(warn, told);
	if (translation.review === 'pending' && !told.has(lang)) {
		told.add(lang);
		warn(
			`${files.story}: translationReview is "pending": the "${lang}" edition is published with a notice that it awaits an editor's review.`
		);
	}

	const places = isolatePlaces(translated.places, dir);
	const placeById = new Map(places.map((place) => [place.id, place]));
	const titleById = new Map(translated.layers.map((layer) => [layer.id, layer.title]));
	const labelById = new Map(
		translation.story.steps.flatMap((step) => step.arcs.map((arc) => [arc.id, arc.label]))
	);
	// The map draws names from the layers' features: the same words as the place lists.
	const layers = content.layers.map((layer) => ({
		...layer,
		title: titleById.get(layer.id) ?? layer.title,
		features: layer.features.map((feature) => {
			const place = placeById.get(feature.properties.id);
			return place
				? { ...feature, properties: { ...feature.properties, name: place.name, summary: place.summary } }
				: feature;
		})
	}));
	const described = descriptionIssues(files.story, translation.story.steps, layers, content.views);
	if (described.length > 0) throw new ContentError(described);
	return {
		...content,
		lang,
		review: translation.review,
		names: translated.names,
		story: isolateStory(translation.story, dir),
		places,
		layers,
		arcs: content.arcs.map((arc) => {
			const label = labelById.get(arc.properties?.id as string);
			return label ? { ...arc, properties: { ...arc.properties, label } } : arc;
		}),
		reference: content.reference.map((feature) => ({
			...feature,
			properties: { ...feature.properties, name: translated.names.reference[feature.properties.id] }
		}))
	};
}

/** The edition a route's optional [[lang]] parameter names: the original when it is absent. */
export function langOf(param: string | undefined): Lang {
	if (param === undefined || param === '') return DEFAULT_LANG;
	if (!(param in EDITIONS)) throw new Error(`No "${param}" edition`);
	return param as Lang;
}

/** Prerender entries of a route under [[lang]]: every edition the story has, each with `more` (per step, …). */
export function editionEntries<T extends Record<string, string>>(
	more: () => T[] = () => [{} as T]
): (T & { lang: string | undefined })[] {
	return editionLangs().flatMap((lang) =>
		more().map((params) => ({ ...params, lang: lang === DEFAULT_LANG ? undefined : lang }))
	);
}

/** Prerender entries of a per-step route under [[lang]]: every step of every edition. */
export function stepEntries<K extends string>(
	key: K
): ({ [P in K]: string } & { lang: string | undefined })[] {
	return editionEntries(() =>
		loadContent().story.steps.map((step) => ({ [key]: step.id }) as { [P in K]: string })
	);
}

/** The edition a per-step route asks for, checked: an unknown step is a 404 naming it. */
export function editionWithStep(params: { lang?: string }, stepId: string): EditionContent {
	const content = loadEdition(langOf(params.lang));
	if (!content.story.steps.some((step) => step.id === stepId)) error(404, `No step "${stepId}"`);
	return content;
}

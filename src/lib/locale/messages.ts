import type { Lang } from './editions.ts';

/**
 * Every string of the interface, per language (one file each in messages/). Story words come from the
 * story and its translations; these are the engine's own (buttons, labels,
 * notices, the live region). TypeScript holds each language to the same keys,
 * and a unit test holds every value non-empty.
 */
export interface Messages {
	skipToStory: string;
	embedThisStory: string;
	print: string;
	readAsText: string;
	animation: (on: boolean) => string;
	updated: string;
	contents: (count: string) => string;
	stepsOfTheStory: string;
	timeline: string;
	/** The rail's name inside a frame: unique with the host page's own, as landmarks must be. */
	timelineEmbedded: string;
	timelineDatedSteps: (count: string) => string;
	stepOf: (step: string, count: string) => string;
	onTheMap: string;
	places: string;
	exploreTheMap: string;
	backToStory: string;
	share: string;
	linkCopied: string;
	copyThisLink: string;
	linkToThisStep: string;
	/** A share page's links for readers without scripts: on to the story at its step, or from its start. */
	readFromThisStep: string;
	readFromTheStart: string;
	previousStep: string;
	nextStep: string;
	stepNavigation: string;
	mapOfThePlaces: string;
	mapOfThePlacesEmbedded: string;
	placesInThisStory: string;
	whatHappenedWhere: string;
	sources: string;
	correctionsAndUpdates: string;
	why: string;
	source: string;
	distance: string;
	precision: string;
	aboutKmFrom: (km: string, origin: string) => string;
	asOf: (date: string) => string;
	/** After a source whose page is in another language: "(in English)". */
	pageIn: Record<Lang, string>;
	precisionLabels: Record<'exact' | 'city' | 'area' | 'uncertain', string>;
	closeDetails: string;
	dismissNotice: string;
	/** The live region when a step is shown. */
	stepAnnouncement: (position: string, date: string | undefined, title: string, map: string) => string;
	unknownStepLink: (id: string) => string;
	unknownPlaceLink: (id: string) => string;
	translationPending: string;
	languageSwitch: string;
	/** The word "Map" (a share image's alt text: "Map: …"). */
	map: string;
	/** The words before "Natural Earth" in the live map's credit (phones show the name alone). */
	mapCredit: string;
	/** MapLibre's own strings for the controls the map carries (its `locale` option). */
	mapControls: Record<string, string>;
	mapNoWebgl: string;
	mapDataFailed: string;
	/** A place's details could not be fetched for its dialog. */
	placeDetailsFailed: string;
	/** The newsroom's detailed basemap failed to load; the map shows Natural Earth. */
	basemapFailed: string;
	mapContextLost: string;
	mapForThisStepEmbedded: string;
	embeddedStoryMap: string;
	embeddedStory: string;
	readStory: (title: string) => string;
	readFullStory: (title: string) => string;
	previous: string;
	next: string;
	storySteps: string;
	stepMarker: (position: string, title: string) => string;
	scrollEmbedShowsEveryStep: string;
}

/**
 * Each edition's strings, loaded by the pages of that edition only (see the
 * [[lang=edition]] layout): a reader downloads one language's words. Typed by
 * Lang, so a new edition does not build until it has its file.
 */
const LOADERS: Record<Lang, () => Promise<Messages>> = {
	en: () => import('./messages/en.ts').then((module) => module.en),
	fa: () => import('./messages/fa.ts').then((module) => module.fa)
};

export function loadMessages(lang: Lang): Promise<Messages> {
	return LOADERS[lang]();
}

import { frameCrossesAntimeridian } from '../geo/geometry.ts';
import { localeFor, type Locale } from '../locale/locale.ts';
import { statusNotice, type MapStatus } from '../map/mapStatus.ts';
import { placeWithReading } from '../story/reading.ts';
import type { Place, PlaceOnPage, StoryReading } from '../story/types.ts';
import { fetchReading } from './fetchReading.ts';
import type { StoryData } from './types.ts';

/** How the steps show their map: the live map, static images (it cannot draw), or words only. */
export type MapMode = 'map' | 'static' | 'text';

/**
 * Moves the view to a step; the view that scrolls (StoryScrolly) or steps (the
 * stepper) provides it. `focus`: move focus to the step's text, as an anchor
 * does; `instant`: no smooth scroll (a deep link, a restored position).
 */
export type StepNavigator = (index: number, options?: { focus?: boolean; instant?: boolean }) => void;

/**
 * The state every view of the story shares — the story page, the stepper and
 * single embeds, the scroll embed: the active step, the place open in a
 * dialog, the notices shown to the reader, whether scripts have taken over,
 * and what the map can do. One instance per page, passed down; components
 * read and set it rather than binding values through each level.
 */
export class StoryPage {
	readonly data: StoryData;
	active = $state(0);
	selectedId = $state<string | null>(null);
	/** Scripts have run: buttons replace links where the page has them, and the live map may be asked for. */
	hydrated = $state(false);
	notices = $state<string[]>([]);
	status = $state<MapStatus>({ kind: 'loading' });
	/** The reader chose "Read as text". */
	readAsText = $state(false);
	/** The page is being printed: every step's static map is fetched. */
	printing = $state(false);
	/** The live map has been asked for (the reader engaged, or the page was idle): until then a poster stands in. */
	liveMapWanted = $state(false);
	/** The live map has drawn its first step: the poster gives way. */
	liveMapDrawn = $state(false);
	/** The step whose map the reader is exploring freely (pan and zoom on), if any. */
	exploringStep = $state<number | null>(null);
	/** The places' details and the story's foot, once fetched: the first place opened asks for them. */
	reading = $state.raw<StoryReading | null>(null);
	#readingRequest: Promise<StoryReading | null> | null = null;
	readonly placeById: Map<string, PlaceOnPage>;
	/** The edition's words, digits and dates: every view writes through it. */
	readonly locale: Locale;
	/** The place distances are given from, if the story names one. */
	readonly origin: PlaceOnPage | undefined;
	#navigate: StepNavigator | null = null;

	constructor(data: StoryData) {
		this.data = data;
		// Built once from build-time data and never changed: nothing to make reactive.
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		this.placeById = new Map(data.places.map((place) => [place.id, place]));
		this.origin = data.story.distanceFrom ? this.placeById.get(data.story.distanceFrom) : undefined;
		this.locale = localeFor(data.lang, data.t, data.kinds);
	}

	/** A Pacific story: some frame crosses the 180th meridian, so the map draws the world's copies beside it. */
	get worldCopies(): boolean {
		return Object.values(this.data.frames).some(frameCrossesAntimeridian);
	}

	get step() {
		return this.data.story.steps[this.active];
	}

	/** The open place with its details; null until they have arrived. */
	get selectedPlace(): Place | null {
		const place = this.selectedId ? this.placeById.get(this.selectedId) : undefined;
		return place && this.reading ? placeWithReading(place, this.reading) : null;
	}

	get mapMode(): MapMode {
		if (this.readAsText) return 'text';
		return this.status.kind === 'loading' || this.status.kind === 'ready' ? 'map' : 'static';
	}

	/** Shows a notice once, however often it is raised. */
	addNotice(notice: string): void {
		if (!this.notices.includes(notice)) this.notices = [...this.notices, notice];
	}

	/**
	 * Opens a place's details; false (and nothing opens) for an id the story does not have.
	 * The dialog shows once the reading matter has arrived (`selectedPlace`).
	 */
	openPlace(id: string): boolean {
		if (!this.placeById.has(id)) return false;
		this.selectedId = id;
		void this.requestReading().then((reading) => {
			// A failed fetch, or a stale copy without this place: never an open place that shows nothing.
			if (this.selectedId === id && !reading?.places[id]) this.#cannotShowDetails(id);
		});
		return true;
	}

	/** Fetches the reading matter once (a failed fetch is tried again next time); null if it failed. */
	requestReading(): Promise<StoryReading | null> {
		this.#readingRequest ??= fetchReading(this.data.lang).then(
			(reading) => (this.reading = reading),
			(error: Error) => {
				console.error(error);
				this.#readingRequest = null;
				return null;
			}
		);
		return this.#readingRequest;
	}

	/** The place closes with a notice; where the page has the place's prerendered section, the reader goes there. */
	#cannotShowDetails(id: string): void {
		this.selectedId = null;
		this.addNotice(this.locale.t.placeDetailsFailed);
		if (document.getElementById(`place-${id}`)) location.hash = `place-${id}`;
	}

	/** The map's news: a fallback to static maps comes with a notice saying why. */
	setStatus(status: MapStatus): void {
		this.status = status;
		const notice = statusNotice(status, this.locale.t);
		if (notice) this.addNotice(notice);
	}

	/** The view registers how it moves between steps; `goToStep` then works from anywhere. */
	setNavigator(navigate: StepNavigator | null): void {
		this.#navigate = navigate;
	}

	goToStep(index: number, options: { focus?: boolean; instant?: boolean } = {}): void {
		this.#navigate?.(index, options);
	}

	/** The index of a step id, or -1. */
	indexOf(stepId: string): number {
		return this.data.story.steps.findIndex((s) => s.id === stepId);
	}
}

/** Shapes shared by the build-time loader, the pure helpers and the components. */
import type { BasemapArchive } from './basemapArchive.ts';

export type { BasemapArchive };

export type Precision = 'exact' | 'city' | 'area' | 'uncertain';
export const PRECISIONS: readonly Precision[] = ['exact', 'city', 'area', 'uncertain'];

export type LonLat = [number, number];
/** west, south, east, north */
export type Bounds = [number, number, number, number];

/**
 * What a source is, for the build's source checks: a reference work
 * (encyclopedia, atlas, directive) needs no date; a gazetteer only locates a
 * place and cannot be its only source. Unset, it is inferred from the outlet
 * (see sourceKindOf); news reports need a date.
 */
export type SourceKind = 'news' | 'reference' | 'gazetteer';
export const SOURCE_KINDS: readonly SourceKind[] = ['news', 'reference', 'gazetteer'];

export interface Source {
	outlet: string;
	/** Free text as the fact base gives it: "5 Jan 2024", "10-12 Nov 2023". */
	date?: string;
	title?: string;
	url?: string;
	/**
	 * The language of the page `url` opens, when it is not the language of the
	 * words around it: a translation that keeps the original's address.
	 */
	urlLang?: string;
	kind?: SourceKind;
}

/**
 * A figure in a place's details. Plain text, or text with the date it holds
 * as of (YYYY-MM or YYYY-MM-DD) and who gives it, for figures that changed.
 */
export type Figure = string | { text: string; asOf?: string; source?: string };

/** Properties every feature in geo/*.geojson carries (checked by validateLayer). */
export interface PlaceProperties {
	id: string;
	name: string;
	kind: string;
	/** ISO date (YYYY-MM-DD) of the event the place is tied to. */
	date?: string;
	/** What the date is, when it is not the day of the event: "Reported". */
	dateLabel?: string;
	summary: string;
	figures?: Figure[];
	sources: Source[];
	precision: Precision;
	/** Why the location is only approximate, shown in the details. */
	precisionNote?: string;
	/** Id of the country feature this point must lie inside. */
	country?: string;
	/** Natural Earth ISO numeric id; the shape is cut by geo/scripts/cut-shapes.ts. */
	naturalEarthId?: string;
	/** For uncertainty areas: circle centre and radius, drawn by the same script. */
	uncertaintyCenter?: LonLat;
	uncertaintyRadiusKm?: number;
}

export interface GeoLayer {
	/** The file name without extension: geo/<id>.geojson */
	id: string;
	title: string;
	features: GeoJSON.Feature<GeoJSON.Geometry, PlaceProperties>[];
}

export interface ArcSpec {
	id: string;
	from: string;
	to: string;
	label?: string;
	/** Drawn dashed: the route is not known, only its two ends. */
	schematic: boolean;
}

export interface CameraOverrides {
	bearing?: number;
	pitch?: number;
	maxZoom?: number;
	/** Editorial shots: both fix the camera instead of framing the focus. */
	zoom?: number;
	center?: LonLat;
}

/** Inline text as nodes: never HTML strings. */
export type InlineToken =
	| { type: 'text'; text: string }
	| { type: 'em'; text: string }
	| { type: 'strong'; text: string }
	| { type: 'link'; text: string; href: string };

export type Paragraph = InlineToken[];

export interface Step {
	id: string;
	title: string;
	date?: string;
	/** What the date is, when it is not the day of the events: "Reported". */
	dateLabel?: string;
	body: Paragraph[];
	focus: string[];
	/** Layer ids shown in this step; everything else fades out. */
	layers: string[];
	highlight: string[];
	arcs: ArcSpec[];
	camera: CameraOverrides;
	/** The reader may pan and zoom freely (the closing step). */
	explore: boolean;
	/**
	 * What the map shows, in words (screen readers, text view, image alt text).
	 * The story file may set it; otherwise the loader writes it from the step data.
	 */
	mapDescription: string;
}

/** How a story is laid out on phones: see src/lib/camera/layout.ts. */
export type PhoneLayout = 'split' | 'overlay';
export const PHONE_LAYOUTS: readonly PhoneLayout[] = ['split', 'overlay'];

/** One entry of the story's corrections and updates log. */
export interface StoryUpdate {
	/** YYYY-MM-DD */
	date: string;
	/** What changed, in the story's words. */
	change: string;
	why: string;
	/** Who gives the new fact: "AFP, 3 Apr 2025". */
	source: string;
}

export interface Story {
	title: string;
	dek: string;
	byline: string;
	published: string;
	/** Newest first in the page; kept in file order here. */
	updates: StoryUpdate[];
	/** The closing credits line (map data, caveats), with inline formatting. */
	credits: Paragraph[];
	/** Place whose distance to every other place the details quote. */
	distanceFrom?: string;
	/** Phones: the map above the text (split, the default) or the text over the map. */
	phoneLayout: PhoneLayout;
	/** A newsroom's own vector tiles for close-ups, drawn over Natural Earth (basemapArchive.ts). */
	basemap?: BasemapArchive;
	sources: Source[];
	steps: Step[];
}

export interface Place extends PlaceProperties {
	layer: string;
	/** A representative point: the point itself, or the centre of an area's bounds. */
	anchor: LonLat;
	distanceKm?: number;
}

/**
 * What only a reader of the appendix or a place's dialog needs: the page's own
 * data leaves it out (it is in the prerendered HTML, and in the edition's
 * `reading.json` for the dialog), so hydration data stays small.
 */
export const PLACE_READING_FIELDS = ['summary', 'figures', 'sources', 'precisionNote'] as const;
export type PlaceReadingField = (typeof PLACE_READING_FIELDS)[number];
/** A place as the page carries it: enough to draw, list and open it. */
export type PlaceOnPage = Omit<Place, PlaceReadingField>;

export const STORY_READING_FIELDS = ['updates', 'sources', 'credits'] as const;
/** The story as the page carries it: the steps and the top, without the foot the appendix shows. */
export type StoryOnPage = Omit<Story, (typeof STORY_READING_FIELDS)[number]> & {
	/** The newest update's date, for the "Updated" line and the article's metadata. */
	lastUpdated: string | null;
};

/** The story's reading matter, fetched when a place is first opened (`reading.json`). */
export interface StoryReading extends Pick<Story, (typeof STORY_READING_FIELDS)[number]> {
	/** Every place's details, by id. */
	places: Record<string, Pick<Place, PlaceReadingField>>;
}

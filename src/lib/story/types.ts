/** Shapes shared by the build-time loader, the pure helpers and the components. */

export type Precision = 'exact' | 'city' | 'area' | 'uncertain';
export const PRECISIONS: readonly Precision[] = ['exact', 'city', 'area', 'uncertain'];

export type LonLat = [number, number];
/** west, south, east, north */
export type Bounds = [number, number, number, number];

export interface Source {
	outlet: string;
	/** Free text as the fact base gives it: "5 Jan 2024", "10-12 Nov 2023". */
	date?: string;
	title?: string;
	url?: string;
}

/** Properties every feature in geo/*.geojson carries (checked by validateLayer). */
export interface PlaceProperties {
	id: string;
	name: string;
	kind: string;
	/** ISO date (YYYY-MM-DD) of the event the place is tied to. */
	date?: string;
	summary: string;
	figures?: string[];
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

export interface Story {
	title: string;
	dek: string;
	byline: string;
	published: string;
	/** Place whose distance to every other place the details quote. */
	distanceFrom?: string;
	sources: Source[];
	steps: Step[];
}

/** What the page needs of a step beyond the story text: computed at build time. */
export interface StepFrame {
	id: string;
	bounds: Bounds;
}

export interface Place extends PlaceProperties {
	layer: string;
	/** A representative point: the point itself, or the centre of an area's bounds. */
	anchor: LonLat;
	distanceKm?: number;
}

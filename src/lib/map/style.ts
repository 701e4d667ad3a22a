import type {
	CircleLayerSpecification,
	ExpressionSpecification,
	FillLayerSpecification,
	FilterSpecification,
	LayerSpecification,
	LineLayerSpecification,
	SourceSpecification,
	StyleSpecification,
	SymbolLayerSpecification
} from 'maplibre-gl';
import { DETAIL_MIN_ZOOM } from '../geo/basemap.ts';
import { CLOSE_MIN_ZOOM } from '../geo/closeBasemap.ts';
import { PALETTES, type Palette } from '../geo/palette.ts';
import { REFERENCE_MIN_ZOOM, SEA_LABEL_ZOOMS } from '../geo/reference.ts';
import { EMPTY_COLLECTION, type WorldLayers } from '../geo/wire.ts';

/** What /story-geo.json serves: every geo layer plus the arcs the steps draw. */
export interface StoryGeo {
	layers: { id: string; title: string; data: GeoJSON.FeatureCollection }[];
	arcs: GeoJSON.FeatureCollection;
	/** Context labels: cities and towns that are not story places (never clickable). */
	reference: GeoJSON.FeatureCollection;
}

/** Reference features (the names source's other part) of these kinds. */
const REFERENCE_KIND = (...kinds: string[]): ExpressionSpecification => [
	'all',
	isPart('reference'),
	['in', ['get', 'kind'], ['literal', kinds]]
];

/**
 * The labels' face: Vazirmatn's regular weight (Latin and Persian), as glyph
 * ranges the build makes for just the characters the story's labels use
 * (routes/glyphs). With no glyphs URL MapLibre draws every label's glyphs on
 * the main thread, through a canvas, while the reader waits; prebuilt, they
 * arrive ready for the worker. Also the fontstack's name in those files' URLs.
 */
export const LABEL_FONTSTACK = 'vazirmatn-regular';
const FONT = [LABEL_FONTSTACK];

/**
 * Which part of a merged source a feature belongs to: each style layer filters
 * its own part. MapLibre cuts, sends, keeps and draws tiles per source, and
 * every tile is a round of worker messages whether it holds anything or not,
 * so the basemap scales, the names and what a step draws are one source each
 * rather than one per kind of feature.
 */
export const PART = '@part';

/** The features of each part, as one collection tagged with their part (PART), in the order given. */
export function tagged(parts: Record<string, GeoJSON.FeatureCollection>): GeoJSON.FeatureCollection {
	return {
		type: 'FeatureCollection',
		features: Object.entries(parts).flatMap(([part, collection]) =>
			collection.features.map((feature) => ({
				...feature,
				properties: { ...feature.properties, [PART]: part }
			}))
		)
	};
}

const isPart = (part: string): ExpressionSpecification => ['==', ['get', PART], part];

/**
 * Cities and towns, each picked town from its own zoom (towns.ts). MapLibre
 * evaluates a filter's zoom at whole zoom levels, which is why a town's zoom is whole.
 */
const TOWNS_AT_ZOOM: FilterSpecification = [
	'all',
	REFERENCE_KIND('city', 'town'),
	['>=', ['zoom'], ['coalesce', ['get', 'minZoom'], 0]]
];

/** The basemap's sources, one per scale (each cut to its own depth, SOURCE_MAXZOOM), and the names'. */
export const WORLD_SOURCE = 'world';
export const REGION_SOURCE = 'region';
export const CLOSE_SOURCE = 'close';
export const NAMES_SOURCE = 'names';

/**
 * What a step draws over the story, refilled per step (applyMapState) as one
 * collection tagged with STEP_PARTS: its highlighted places, their names, the
 * room its points take among labels and its arcs. Copies in
 * a small source rather than feature-state, filters or visibility on the story
 * source: MapLibre re-reads every feature of a tile to repaint feature-state,
 * and lays out every layer of a source again when one layer's filter or
 * visibility changes, so a step change would re-tile the whole story.
 */
export const STEP_SOURCE = 'step';
export const STEP_PARTS = { highlight: 'highlight', label: 'label', shadow: 'shadow', arc: 'arc' } as const;

/** The invisible image that reserves a point's room among labels (added by StoryMap). */
export const POINT_SHADOW = 'point-shadow';
/** Its size: a point's diameter with its halo, and a little of a highlighted one's. */
export const POINT_SHADOW_SIZE = 18;

/**
 * Every geo layer's features are one source, each feature tagged with its
 * layer (STORY_LAYER), and each style layer filters its own: MapLibre asks its
 * worker for every source's tiles at every zoom a flight passes, so one source
 * where there were one per geo layer is that many times fewer tile jobs.
 */
export const STORY_SOURCE = 'story';
export const STORY_LAYER = 'storyLayer';

/** What STORY_SOURCE holds: every layer's features, tagged with their layer. */
export function storySource(geo: Pick<StoryGeo, 'layers'>): GeoJSON.FeatureCollection {
	return {
		type: 'FeatureCollection',
		features: geo.layers.flatMap((layer) =>
			layer.data.features.map((feature) => ({
				...feature,
				properties: { ...feature.properties, [STORY_LAYER]: layer.id }
			}))
		)
	};
}

/** The MapLibre layers drawn for one geo layer, by role. */
export function storyLayerIds(layerId: string) {
	return {
		fill: `${layerId}-fill`,
		territoryFill: `${layerId}-territory-fill`,
		uncertainFill: `${layerId}-uncertain-fill`,
		outline: `${layerId}-outline`,
		uncertain: `${layerId}-uncertain`,
		points: `${layerId}-points`
	};
}

/** Paint properties that fade a story layer in and out, with their value when shown. */
export const FADED_PAINT = {
	fill: { 'fill-opacity': 0.55 },
	territoryFill: { 'fill-opacity': 0.55 },
	uncertainFill: { 'fill-opacity': 0.55 },
	outline: { 'line-opacity': 1 },
	uncertain: { 'line-opacity': 1 },
	points: { 'circle-opacity': 1, 'circle-stroke-opacity': 1 }
} as const;

/** The layers that draw a step's place names and the room its points take (STEP_SOURCE). */
export const LABEL_LAYER = 'story-labels';
export const SHADOW_LAYER = 'point-shadows';

/** Points and uncertainty areas are named on the map; countries by the basemap's names. */
export const isNamed = (feature: GeoJSON.Feature) =>
	feature.geometry?.type === 'Point' || feature.properties?.precision === 'uncertain';

/** A step's arcs: drawn lines, or dashed where the route is schematic. */
const arcLines = (schematic: boolean): FilterSpecification => [
	'all',
	isPart(STEP_PARTS.arc),
	['==', ['get', 'schematic'], schematic]
];

const POLYGONS: ExpressionSpecification = [
	'match',
	['geometry-type'],
	['Polygon', 'MultiPolygon'],
	true,
	false
];
const POINTS: ExpressionSpecification = ['==', ['geometry-type'], 'Point'];
const CERTAIN_POLYGONS: ExpressionSpecification = [
	'all',
	POLYGONS,
	['!=', ['get', 'precision'], 'uncertain']
];
const IS_TERRITORY: ExpressionSpecification = ['==', ['get', 'kind'], 'territory'];
const UNCERTAIN_POLYGONS: ExpressionSpecification = [
	'all',
	POLYGONS,
	['==', ['get', 'precision'], 'uncertain']
];

type StoryRole = keyof ReturnType<typeof storyLayerIds>;

/**
 * The roles a geo layer's features need: a layer of only points gets a points
 * layer and nothing else. A style layer that could never draw would still be
 * visited in every frame and faded at every step change, so none is made (the
 * first story's eight geo layers: 20 story layers where there were 41).
 */
export function storyRolesOf(data: GeoJSON.FeatureCollection): Set<StoryRole> {
	const roles = new Set<StoryRole>();
	for (const feature of data.features) {
		const type = feature.geometry?.type;
		const props = feature.properties ?? {};
		if (type === 'Point') roles.add('points');
		else if (type !== 'Polygon' && type !== 'MultiPolygon') continue;
		else if (props.precision === 'uncertain') roles.add('uncertainFill').add('uncertain');
		else roles.add(props.kind === 'territory' ? 'territoryFill' : 'fill').add('outline');
	}
	return roles;
}

function storyLayers(layerId: string, colors: Palette, roles: Set<StoryRole>): LayerSpecification[] {
	const source = STORY_SOURCE;
	const ids = storyLayerIds(layerId);
	const ofLayer = (...conditions: ExpressionSpecification[]): FilterSpecification => [
		'all',
		['==', ['get', STORY_LAYER], layerId],
		...conditions
	];
	// Countries and territories are two layers of one colour each, not one layer coloured by
	// kind: a colour read from each feature needs shader programs of its own, and compiling
	// programs is the largest single cost of the live map's start.
	const fill: FillLayerSpecification = {
		id: ids.fill,
		type: 'fill',
		source,
		filter: ofLayer(CERTAIN_POLYGONS, ['!', IS_TERRITORY]),
		paint: { 'fill-color': colors.country, 'fill-opacity': 0 }
	};
	const territoryFill: FillLayerSpecification = {
		id: ids.territoryFill,
		type: 'fill',
		source,
		filter: ofLayer(CERTAIN_POLYGONS, IS_TERRITORY),
		paint: { 'fill-color': colors.territory, 'fill-opacity': 0 }
	};
	// Above the close-up sea (which trims the country fills to the coast): an uncertainty
	// area may lie at sea.
	const uncertainFill: FillLayerSpecification = {
		id: ids.uncertainFill,
		type: 'fill',
		source,
		filter: ofLayer(UNCERTAIN_POLYGONS),
		paint: { 'fill-color': colors.placeHighlight, 'fill-opacity': 0 }
	};
	// Country outlines follow the 1:50m coast; from CLOSE_MIN_ZOOM the 1:10m borders draw the
	// boundaries and the close-up sea the coast, so a coarse outline would stray into the sea.
	const outline: LineLayerSpecification = {
		id: ids.outline,
		type: 'line',
		source,
		maxzoom: CLOSE_MIN_ZOOM,
		filter: ofLayer(CERTAIN_POLYGONS),
		paint: {
			'line-color': colors.countryHighlight,
			'line-width': 0.8,
			'line-opacity': 0
		}
	};
	const uncertain: LineLayerSpecification = {
		id: ids.uncertain,
		type: 'line',
		source,
		filter: ofLayer(UNCERTAIN_POLYGONS),
		paint: {
			'line-color': colors.placeHighlight,
			'line-width': 2,
			'line-dasharray': [2, 2],
			'line-opacity': 0
		}
	};
	const points: CircleLayerSpecification = {
		id: ids.points,
		type: 'circle',
		source,
		filter: ofLayer(POINTS),
		paint: {
			'circle-radius': 6,
			'circle-color': colors.place,
			'circle-stroke-color': colors.halo,
			'circle-stroke-width': 2,
			'circle-opacity': 0,
			'circle-stroke-opacity': 0
		}
	};
	const byRole = { fill, territoryFill, uncertainFill, outline, uncertain, points };
	return (Object.keys(byRole) as StoryRole[]).filter((role) => roles.has(role)).map((role) => byRole[role]);
}

/** The names of what a step frames (the step source holds just those) and the room every shown point takes. */
function labelLayers(colors: Palette): SymbolLayerSpecification[] {
	const labels: SymbolLayerSpecification = {
		id: LABEL_LAYER,
		type: 'symbol',
		source: STEP_SOURCE,
		filter: isPart(STEP_PARTS.label),
		layout: {
			'text-field': ['get', 'name'],
			'text-font': FONT,
			'text-size': 13,
			// The sides each name may take, in the order it tries them: those that keep it whole on
			// the map at the step's camera, in the edition's direction (applyMapState.ts withAnchors).
			'text-variable-anchor-offset': ['get', 'anchors'],
			'symbol-sort-key': ['get', 'order'],
			'text-padding': 1,
			'text-justify': 'auto',
			'text-max-width': 10
		},
		paint: { 'text-color': colors.text, 'text-halo-color': colors.halo, 'text-halo-width': 1.5 }
	};
	// Circles take no room in MapLibre's label placement, so a label could sit on another place's
	// point. An unseen icon over every point is placed first (it is above the labels) and
	// always shown: labels and country names then find room around the points, not on them.
	const shadows: SymbolLayerSpecification = {
		id: SHADOW_LAYER,
		type: 'symbol',
		source: STEP_SOURCE,
		filter: isPart(STEP_PARTS.shadow),
		layout: { 'icon-image': POINT_SHADOW, 'icon-allow-overlap': true },
		// MapLibre places no fully transparent icon: the image is opaque, the layer is not drawn.
		paint: { 'icon-opacity': 0 }
	};
	return [labels, shadows];
}

/** A highlight layer of countries and territories (uncertainty areas keep their own look). */
const highlightOf = (id: string, type: 'fill' | 'line') => ({
	id,
	type,
	source: STEP_SOURCE,
	filter: ['all', isPart(STEP_PARTS.highlight), CERTAIN_POLYGONS] as FilterSpecification
});

/** The emphasis drawn over highlighted places, by geometry. */
function highlightLayers(colors: Palette) {
	const source = STEP_SOURCE;
	// Over the story's own fills and outlines; outlines give way to the 1:10m borders close up.
	const fill = {
		...highlightOf('highlight-fill', 'fill'),
		paint: { 'fill-color': colors.countryHighlight, 'fill-opacity': 0.55 }
	} as FillLayerSpecification;
	const outline = {
		...highlightOf('highlight-outline', 'line'),
		maxzoom: CLOSE_MIN_ZOOM,
		paint: { 'line-color': colors.countryHighlight, 'line-width': 2 }
	} as LineLayerSpecification;
	const points: CircleLayerSpecification = {
		id: 'highlight-points',
		type: 'circle',
		source,
		filter: ['all', isPart(STEP_PARTS.highlight), POINTS],
		paint: {
			'circle-radius': 9,
			'circle-color': colors.placeHighlight,
			'circle-stroke-color': colors.halo,
			'circle-stroke-width': 2
		}
	};
	return { fill, outline, points };
}

/** Layers the reader can click, points first so they win over the areas beneath them (some may not exist). */
export function clickableLayerIds(layerIds: string[]): string[] {
	return [
		...layerIds.map((id) => storyLayerIds(id).points),
		...layerIds.map((id) => storyLayerIds(id).uncertainFill),
		...layerIds.flatMap((id) => [storyLayerIds(id).territoryFill, storyLayerIds(id).fill])
	];
}

/**
 * The deepest zoom each source is cut into tiles at; closer views draw those
 * tiles scaled up. MapLibre's default for GeoJSON is 18, so a flight from a
 * region to a close-up asked the worker for a new set of tiles of every source
 * at every zoom it passed, each set a round of worker messages, buckets and
 * draw calls per layer. Each source stops where its data has no more to show:
 * a tile's grid (4096 units) at the zoom given is finer than the data's scale,
 * and for the story's own sources far finer than a pixel at every step's camera
 * (2.4 m a unit; the closest step here, zoom 10, is about 64 m a pixel), so a
 * reader exploring down to street level still sees places where they are.
 */
export const SOURCE_MAXZOOM = {
	/** Natural Earth 1:110m (shapes good to a few kilometres): 150 m a unit. */
	world: 6,
	/** 1:50m: 38 m a unit. */
	region: 8,
	/** 1:10m, around the close-ups: 5 m a unit. */
	close: 11,
	/** Country names and the reference (seas, cities, areas): 10 m a unit. */
	names: 10,
	/** The story's places and lines, and what each step draws over them: 2.4 m a unit. */
	story: 12
} as const;

const BORDER = (colors: Palette, width: number) => ({ 'line-color': colors.border, 'line-width': width });

/** A basemap layer (`<scale>-<part>`): one part of one scale's source, between the zooms that scale suits. */
function basemapLayer(
	source: typeof WORLD_SOURCE | typeof REGION_SOURCE | typeof CLOSE_SOURCE,
	part: 'land' | 'sea' | 'borders' | 'provinces',
	type: 'fill' | 'line',
	paint: FillLayerSpecification['paint'] | LineLayerSpecification['paint'],
	zooms: { minzoom?: number; maxzoom?: number } = {}
): LayerSpecification {
	return {
		id: `${source}-${part}`,
		type,
		source,
		filter: isPart(part),
		...zooms,
		paint
	} as LayerSpecification;
}

/**
 * A complete, self-contained style: no tiles, no sprite server, and glyphs
 * (a URL with {fontstack} and {range}; MapLibre fetches them from the page, so
 * a path relative to it will do) from the site itself. Without
 * `glyphs`, MapLibre draws the labels' glyphs itself, in the system's sans-serif.
 */
/** A basemap of the newsroom's own (newsroomBasemap.ts): its source, and its layers over Natural Earth's land. */
export interface ExtraBasemap {
	id: string;
	source: SourceSpecification;
	layers: LayerSpecification[];
}

export function buildStyle(
	world: WorldLayers,
	geo: StoryGeo,
	colors: Palette = PALETTES.light,
	glyphs?: string,
	extra?: ExtraBasemap
): StyleSpecification {
	return { ...storyStyle(world, geo, colors, extra), ...(glyphs ? { glyphs } : {}) };
}

function storyStyle(
	world: WorldLayers,
	geo: StoryGeo,
	colors: Palette,
	extra?: ExtraBasemap
): StyleSpecification {
	const geojson = (data: GeoJSON.GeoJSON, scale: keyof typeof SOURCE_MAXZOOM) => ({
		type: 'geojson' as const,
		data,
		maxzoom: SOURCE_MAXZOOM[scale]
	});
	const layerIds = geo.layers.map((layer) => layer.id);
	const highlight = highlightLayers(colors);
	const layersOf = new Map(geo.layers.map((l) => [l.id, storyLayers(l.id, colors, storyRolesOf(l.data))]));
	const ofRole = (role: StoryRole) =>
		layerIds.flatMap((id) => layersOf.get(id)!.filter((l) => l.id === storyLayerIds(id)[role]));
	return {
		version: 8,
		transition: { duration: 400, delay: 0 },
		sources: {
			[WORLD_SOURCE]: geojson(tagged({ land: world.land, borders: world.borders }), 'world'),
			// Filled in by BasemapDetail when the 1:50m detail arrives (after the first view).
			[REGION_SOURCE]: geojson(EMPTY_COLLECTION, 'region'),
			// Filled in when a view comes close (CLOSE_MIN_ZOOM): 1:10m around the close-ups.
			[CLOSE_SOURCE]: geojson(EMPTY_COLLECTION, 'close'),
			[NAMES_SOURCE]: geojson(tagged({ country: world.labels, reference: geo.reference }), 'names'),
			[STORY_SOURCE]: geojson(storySource(geo), 'story'),
			[STEP_SOURCE]: geojson(EMPTY_COLLECTION, 'story'),
			...(extra ? { [extra.id]: extra.source } : {})
		},
		layers: [
			// No background layer: the sea is the map element's own background (StoryMap), which
			// spares a shader program and a full-screen pass in every frame.
			// The coarse world stays underneath at every zoom, so views that reach past the
			// detailed region still show land; the region's 1:50m land covers it where it exists.
			basemapLayer(WORLD_SOURCE, 'land', 'fill', { 'fill-color': colors.land }),
			basemapLayer(
				REGION_SOURCE,
				'land',
				'fill',
				{ 'fill-color': colors.land },
				{ minzoom: DETAIL_MIN_ZOOM }
			),
			basemapLayer(WORLD_SOURCE, 'borders', 'line', BORDER(colors, 0.7), { maxzoom: DETAIL_MIN_ZOOM }),
			basemapLayer(REGION_SOURCE, 'borders', 'line', BORDER(colors, 0.9), { minzoom: DETAIL_MIN_ZOOM }),
			// In the close-up boxes the 1:10m land covers the coarser borders beneath it.
			basemapLayer(CLOSE_SOURCE, 'land', 'fill', { 'fill-color': colors.land }, { minzoom: CLOSE_MIN_ZOOM }),
			...ofRole('fill'),
			...ofRole('territoryFill'),
			highlight.fill,
			basemapLayer(CLOSE_SOURCE, 'sea', 'fill', { 'fill-color': colors.sea }, { minzoom: CLOSE_MIN_ZOOM }),
			// Provinces under the borders, dashed and thinner: the border wins where they run together.
			basemapLayer(
				CLOSE_SOURCE,
				'provinces',
				'line',
				{ 'line-color': colors.border, 'line-width': 0.8, 'line-dasharray': [4, 3] },
				{ minzoom: CLOSE_MIN_ZOOM }
			),
			basemapLayer(CLOSE_SOURCE, 'borders', 'line', BORDER(colors, 1), { minzoom: CLOSE_MIN_ZOOM }),
			// The newsroom's streets, runways and built-up areas over the land, under the story's places.
			...(extra?.layers ?? []),
			...ofRole('uncertainFill'),
			{
				id: 'sea-labels',
				type: 'symbol',
				source: NAMES_SOURCE,
				filter: REFERENCE_KIND('sea'),
				minzoom: SEA_LABEL_ZOOMS[0],
				maxzoom: SEA_LABEL_ZOOMS[1],
				layout: {
					'text-field': ['get', 'name'],
					'text-font': FONT,
					'text-size': 12,
					'text-letter-spacing': 0.1,
					'text-max-width': 6
				},
				paint: { 'text-color': colors.seaLabel, 'text-halo-color': colors.sea, 'text-halo-width': 1 }
			},
			{
				id: 'country-labels',
				type: 'symbol',
				source: NAMES_SOURCE,
				filter: isPart('country'),
				minzoom: 2,
				layout: {
					'text-field': ['get', 'name'],
					'text-font': FONT,
					'text-size': 12,
					'text-transform': 'uppercase',
					'text-letter-spacing': 0.08,
					'text-max-width': 8
				},
				paint: { 'text-color': colors.label, 'text-halo-color': colors.land, 'text-halo-width': 1 }
			},
			...layerIds.flatMap((id) => layersOf.get(id)!.filter((l) => l.type === 'line')),
			highlight.outline,
			{
				id: 'arcs',
				type: 'line',
				source: STEP_SOURCE,
				filter: arcLines(false),
				layout: { 'line-cap': 'round' },
				paint: { 'line-color': colors.arc, 'line-width': 2.5 }
			},
			{
				id: 'arcs-schematic',
				type: 'line',
				source: STEP_SOURCE,
				filter: arcLines(true),
				paint: { 'line-color': colors.arc, 'line-width': 2.5, 'line-dasharray': [2, 2] }
			},
			{
				id: 'arcs-labels',
				type: 'symbol',
				source: STEP_SOURCE,
				filter: isPart(STEP_PARTS.arc),
				layout: {
					'symbol-placement': 'line-center',
					'text-field': ['get', 'label'],
					'text-font': FONT,
					'text-size': 13,
					'text-offset': [0, -0.9]
				},
				paint: { 'text-color': colors.arc, 'text-halo-color': colors.halo, 'text-halo-width': 2 }
			},
			{
				id: 'reference-areas',
				type: 'line',
				source: NAMES_SOURCE,
				filter: REFERENCE_KIND('area'),
				minzoom: REFERENCE_MIN_ZOOM,
				paint: { 'line-color': colors.label, 'line-width': 1, 'line-dasharray': [3, 2] }
			},
			{
				id: 'reference-points',
				type: 'circle',
				source: NAMES_SOURCE,
				filter: TOWNS_AT_ZOOM,
				minzoom: REFERENCE_MIN_ZOOM,
				paint: { 'circle-radius': 2.5, 'circle-color': colors.label }
			},
			...layerIds.flatMap((id) => layersOf.get(id)!.filter((l) => l.type === 'circle')),
			highlight.points,
			// Below the story's labels and points' room, so they are placed after them and yield.
			{
				id: 'reference-area-labels',
				type: 'symbol',
				source: NAMES_SOURCE,
				filter: REFERENCE_KIND('area'),
				minzoom: REFERENCE_MIN_ZOOM,
				layout: {
					'text-field': ['get', 'name'],
					'text-font': FONT,
					'text-size': 11,
					'text-transform': 'uppercase',
					'text-letter-spacing': 0.08
				},
				paint: { 'text-color': colors.label, 'text-halo-color': colors.halo, 'text-halo-width': 1.2 }
			},
			{
				id: 'reference-labels',
				type: 'symbol',
				source: NAMES_SOURCE,
				filter: TOWNS_AT_ZOOM,
				minzoom: REFERENCE_MIN_ZOOM,
				layout: {
					// The larger town keeps its name where two would collide.
					'symbol-sort-key': ['coalesce', ['get', 'rank'], -1],
					'text-field': ['get', 'name'],
					'text-font': FONT,
					'text-size': 11,
					'text-variable-anchor': ['right', 'left', 'top', 'bottom'],
					'text-radial-offset': 0.6
				},
				paint: { 'text-color': colors.label, 'text-halo-color': colors.halo, 'text-halo-width': 1.2 }
			},
			...labelLayers(colors)
		]
	};
}

import { describe, expect, it } from 'vitest';
import { featureFilter, isExpression, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { FilterSpecification, LayerSpecification } from 'maplibre-gl';
import { mapStateFor } from '../../src/lib/camera/mapState.ts';
import { loadContent } from '../../src/lib/server/content.ts';
import {
	buildStyle,
	LABEL_FONTSTACK,
	CLOSE_SOURCE,
	NAMES_SOURCE,
	REGION_SOURCE,
	SOURCE_MAXZOOM,
	STEP_SOURCE,
	STORY_SOURCE,
	WORLD_SOURCE,
	storyLayerIds,
	storyRolesOf,
	storySource,
	type StoryGeo
} from '../../src/lib/map/style.ts';
import { EMPTY_COLLECTION } from '../../src/lib/geo/wire.ts';
import { PALETTES } from '../../src/lib/geo/palette.ts';
import { NEWSROOM_SOURCE, newsroomStyle } from '../../src/lib/map/newsroomBasemap.ts';

/**
 * What keeps the live map's start and its step changes light (bench --trace):
 * MapLibre compiles a shader program for every kind of layer and every mix of
 * constant and per-feature paint values, and asks its worker for every
 * source's tiles at every zoom a flight passes.
 */
const square = (id: string, kind: string): GeoJSON.Feature => ({
	type: 'Feature',
	properties: { id, name: id, kind, precision: 'exact' },
	geometry: {
		type: 'Polygon',
		coordinates: [
			[
				[0, 0],
				[1, 0],
				[1, 1],
				[0, 0]
			]
		]
	}
});

const geo: StoryGeo = {
	layers: [
		{
			id: 'areas',
			title: 'Areas',
			data: { type: 'FeatureCollection', features: [square('land', 'country'), square('strip', 'territory')] }
		},
		{ id: 'more', title: 'More', data: { type: 'FeatureCollection', features: [square('other', 'country')] } }
	],
	arcs: EMPTY_COLLECTION,
	reference: EMPTY_COLLECTION
};
const world = { land: EMPTY_COLLECTION, borders: EMPTY_COLLECTION, labels: EMPTY_COLLECTION };
const style = buildStyle(world, geo, PALETTES.light);
const layer = (id: string) =>
	style.layers.find((l) => l.id === id) as LayerSpecification & { filter: FilterSpecification };
const tagged = storySource(geo).features;
const drawnBy = (id: string, feature: GeoJSON.Feature) =>
	featureFilter(layer(id).filter, `layers.${id}.filter`).filter({ zoom: 4 }, {
		type: 3,
		properties: feature.properties ?? {}
	} as never);

describe('the live map style keeps shader programs few', () => {
	it('colours every fill with one value, not one read from each feature', () => {
		const fills = style.layers.filter((l) => l.type === 'fill');
		expect(fills.length).toBeGreaterThan(0);
		for (const fill of fills) expect(isExpression(fill.paint?.['fill-color']), fill.id).toBe(false);
	});

	it('draws countries and territories of a story layer each in their own colour', () => {
		const ids = storyLayerIds('areas');
		const [land, strip] = tagged;
		expect([drawnBy(ids.fill, land), drawnBy(ids.territoryFill, land)]).toEqual([true, false]);
		expect([drawnBy(ids.fill, strip), drawnBy(ids.territoryFill, strip)]).toEqual([false, true]);
		expect(layer(ids.fill).paint).toMatchObject({ 'fill-color': PALETTES.light.country });
		expect(layer(ids.territoryFill).paint).toMatchObject({ 'fill-color': PALETTES.light.territory });
	});

	it('draws every geo layer from one source, each style layer only its own layer’s features', () => {
		const sources = new Set(
			style.layers.flatMap((l) => ('source' in l && l.id.startsWith('areas-') ? [l.source] : []))
		);
		expect(sources).toEqual(new Set([STORY_SOURCE]));
		expect(tagged.map((f) => f.properties?.id)).toEqual(['land', 'strip', 'other']);
		const other = tagged[2];
		expect(drawnBy(storyLayerIds('areas').fill, other)).toBe(false);
		expect(drawnBy(storyLayerIds('more').fill, other)).toBe(true);
	});

	it('keeps sources few: one per basemap scale, one for names, the story and the step', () => {
		// Every source's tiles are a round of worker messages at every zoom a flight passes.
		expect(Object.keys(style.sources).sort()).toEqual(
			[WORLD_SOURCE, REGION_SOURCE, CLOSE_SOURCE, NAMES_SOURCE, STORY_SOURCE, STEP_SOURCE].sort()
		);
		for (const l of style.layers)
			if ('source' in l && l.source !== STORY_SOURCE)
				expect(l.filter, `${l.id} filters its part`).toBeDefined();
	});

	it('is a valid style in every palette, so the map can skip validating it at start', () => {
		// StoryMap passes validateStyle: false: the check costs a long task on a phone.
		for (const palette of [PALETTES.light, PALETTES.dark])
			expect(validateStyleMin(buildStyle(world, geo, palette)).map((e) => e.message)).toEqual([]);
	});

	it("is valid with a newsroom's basemap archive too, its layers over the land and under the story's", () => {
		const archive = { url: '/basemaps/region.pmtiles', attribution: 'Credit', minZoom: 8, maxZoom: 14 };
		for (const [theme, palette] of Object.entries(PALETTES) as [
			keyof typeof PALETTES,
			typeof PALETTES.light
		][]) {
			// With its names, in the story's face and glyph files.
			const names = { lang: 'en', fontstack: LABEL_FONTSTACK };
			const extra = {
				id: NEWSROOM_SOURCE,
				...newsroomStyle(archive, 'https://news.example/basemaps/region.pmtiles', palette, theme, names)
			};
			const withArchive = buildStyle(world, geo, palette, '/glyphs/{fontstack}/{range}.pbf', extra);
			expect(validateStyleMin(withArchive).map((e) => e.message)).toEqual([]);
			const labels = extra.layers.filter((l) => l.type === 'symbol');
			expect(labels.length).toBeGreaterThan(0);
			for (const label of labels) expect(label.layout?.['text-font']).toEqual([LABEL_FONTSTACK]);
			const order = withArchive.layers.map((l) => ('source' in l ? l.source : ''));
			const firstArchive = order.indexOf(NEWSROOM_SOURCE);
			expect(order.lastIndexOf(NEWSROOM_SOURCE) - firstArchive + 1).toBe(extra.layers.length);
			expect(order.slice(0, firstArchive)).toContain(WORLD_SOURCE);
			expect(order.slice(firstArchive)).toContain(STEP_SOURCE);
			expect(order.slice(firstArchive)).not.toContain(WORLD_SOURCE);
		}
	});

	it('gives a geo layer style layers only for the roles its features need', () => {
		const point: GeoJSON.Feature = {
			type: 'Feature',
			properties: { id: 'dot', kind: 'city', precision: 'exact' },
			geometry: { type: 'Point', coordinates: [0, 0] }
		};
		const uncertain = { ...square('zone', 'attack'), properties: { id: 'zone', precision: 'uncertain' } };
		const ofLayer = (id: string) =>
			style.layers.filter((l) => Object.values(storyLayerIds(id)).includes(l.id)).map((l) => l.id);
		expect(ofLayer('more')).toEqual([storyLayerIds('more').fill, storyLayerIds('more').outline]);
		const collection = (...features: GeoJSON.Feature[]): GeoJSON.FeatureCollection => ({
			type: 'FeatureCollection',
			features
		});
		expect([...storyRolesOf(collection(point))]).toEqual(['points']);
		expect(storyRolesOf(collection(uncertain))).toEqual(new Set(['uncertainFill', 'uncertain']));
		expect(storyRolesOf(geo.layers[0].data)).toEqual(new Set(['fill', 'territoryFill', 'outline']));
		expect(storyRolesOf(EMPTY_COLLECTION).size).toBe(0);
	});

	it('has no background layer: the sea is the map element’s own background', () => {
		expect(style.layers.some((l) => l.type === 'background')).toBe(false);
	});
});

describe('the live map cuts each source into tiles only as deep as its data needs', () => {
	const EARTH_METRES = 40_075_016.686;
	/** Metres a tile's grid unit (4096 to a tile) covers at a zoom, at a latitude. */
	const unitMetres = (zoom: number, lat: number) =>
		(EARTH_METRES * Math.cos((lat * Math.PI) / 180)) / 2 ** zoom / 4096;
	/** Metres a screen pixel covers (512-pixel tiles, as MapLibre draws them). */
	const pixelMetres = (zoom: number, lat: number) =>
		(EARTH_METRES * Math.cos((lat * Math.PI) / 180)) / 2 ** zoom / 512;

	it('gives every source a deepest zoom, coarser data stopping sooner', () => {
		for (const [id, source] of Object.entries(style.sources))
			expect((source as { maxzoom?: number }).maxzoom, id).toBeLessThan(18);
		expect(SOURCE_MAXZOOM.world).toBeLessThan(SOURCE_MAXZOOM.region);
		expect(SOURCE_MAXZOOM.region).toBeLessThan(SOURCE_MAXZOOM.close);
	});

	it("keeps the story's places within a pixel at every step's camera, phone to 4K", () => {
		const { story, frames } = loadContent();
		const viewports = [
			{ width: 390, height: 422 },
			{ width: 1280, height: 800 },
			{ width: 3840, height: 2160 }
		];
		for (const viewport of viewports)
			for (const step of story.steps) {
				const { camera } = mapStateFor(step, frames[step.id], viewport);
				const lat = camera.center[1];
				expect(
					unitMetres(SOURCE_MAXZOOM.story, lat),
					`${step.id} at ${viewport.width}px, zoom ${camera.zoom.toFixed(1)}`
				).toBeLessThanOrEqual(pixelMetres(camera.zoom, lat));
			}
	});
});

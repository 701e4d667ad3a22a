import { describe, expect, it } from 'vitest';
import { featureFilter } from '@maplibre/maplibre-gl-style-spec';
import type { FilterSpecification } from 'maplibre-gl';
import {
	featureIndex,
	highlightedFeatures,
	labelledFeatures,
	shownArcs,
	shownPoints,
	stepFeatures,
	withAnchors
} from '../../src/lib/map/applyMapState.ts';
import type { MapState } from '../../src/lib/camera/mapState.ts';
import {
	buildStyle,
	LABEL_LAYER,
	PART,
	SHADOW_LAYER,
	STEP_PARTS,
	STEP_SOURCE,
	STORY_SOURCE,
	type StoryGeo
} from '../../src/lib/map/style.ts';
import { EMPTY_COLLECTION } from '../../src/lib/geo/wire.ts';

const point = (id: string, coordinates: [number, number]): GeoJSON.Feature => ({
	type: 'Feature',
	properties: { id, name: id },
	geometry: { type: 'Point', coordinates }
});

const geo: StoryGeo = {
	layers: [
		{
			id: 'cities',
			title: 'Cities',
			data: { type: 'FeatureCollection', features: [point('a', [1, 1]), point('b', [2, 2])] }
		},
		{ id: 'sites', title: 'Sites', data: { type: 'FeatureCollection', features: [point('c', [3, 3])] } }
	],
	arcs: {
		type: 'FeatureCollection',
		features: ['a-b', 'b-c'].map((id) => ({
			type: 'Feature',
			properties: { id, label: id, schematic: id === 'b-c' },
			geometry: {
				type: 'LineString',
				coordinates: [
					[1, 1],
					[3, 3]
				]
			}
		}))
	},
	reference: EMPTY_COLLECTION
};

const state = (layers: string[], highlighted: string[], arcs: string[] = []): MapState => ({
	stepId: 'step',
	// Close enough that the fixture's points, 1° apart, are each on a spot of their own.
	camera: { center: [0, 0], zoom: 9, bearing: 0, pitch: 0 },
	layers,
	highlighted,
	arcs,
	labelled: highlighted,
	framed: highlighted,
	interactive: false
});

describe('highlightedFeatures', () => {
	const index = featureIndex(geo);

	it('draws the highlighted places of the layers on show, in the order the step names them', () => {
		const drawn = highlightedFeatures(state(['cities', 'sites'], ['c', 'a']), index);
		expect(drawn.features.map((f) => f.properties?.id)).toEqual(['c', 'a']);
	});

	it('leaves out places whose layer is hidden, as the layer itself is', () => {
		const drawn = highlightedFeatures(state(['cities'], ['a', 'c']), index);
		expect(drawn.features.map((f) => f.properties?.id)).toEqual(['a']);
	});

	it('is empty when nothing is highlighted', () => {
		expect(highlightedFeatures(state(['cities'], []), index).features).toEqual([]);
	});
});

describe('the label and point-room sources', () => {
	const index = featureIndex(geo);
	const ids = (collection: GeoJSON.FeatureCollection) => collection.features.map((f) => f.properties?.id);

	it('name the labelled places of the layers on show, upper layers first', () => {
		expect(ids(labelledFeatures(state(['cities', 'sites'], ['a', 'c']), geo, index))).toEqual(['c', 'a']);
		expect(ids(labelledFeatures(state(['cities'], ['a', 'c']), geo, index))).toEqual(['a']);
	});

	it('name every place of the layers on show when the step labels all (exploring)', () => {
		const all = { ...state(['cities', 'sites'], []), labelled: null };
		expect(ids(labelledFeatures(all, geo, index))).toEqual(['c', 'a', 'b']);
		// The framed names first, so they keep the side the camera left room on.
		expect(ids(labelledFeatures({ ...all, framed: ['b'] }, geo, index))).toEqual(['b', 'c', 'a']);
	});

	it("give no room to a point on a framed place's spot at the step's zoom", () => {
		// a and b are 1° apart: ~11 px at zoom 3 (one spot), ~360 px at zoom 9; c is 2° from b.
		const far = { ...state(['cities', 'sites'], ['a']), camera: { ...state([], []).camera, zoom: 3 } };
		expect(ids(shownPoints(far, geo))).toEqual(['a', 'c']);
		const close = { ...far, camera: { ...far.camera, zoom: 9 } };
		expect(ids(shownPoints(close, geo))).toEqual(['a', 'b', 'c']);
	});

	it("give each name only the sides that keep it whole on the map, in the edition's order", () => {
		// At zoom 9 around [0, 0] on a 400 × 300 map, a (1°, 1°) lies ~364 px right of the centre: past
		// the edge. Move the camera so a sits 60 px in from the right edge.
		const shown = state(['cities', 'sites'], ['a']);
		const worldPx = 512 * 2 ** 9;
		const camera = { ...shown.camera, center: [1 - ((200 - 60) / worldPx) * 360, 1] as [number, number] };
		const viewport = { width: 400, height: 300 };
		const room = (dir: 'ltr' | 'rtl', width: number) => ({
			viewport,
			area: { x: 6, y: 6, width: 388, height: 288 },
			dir,
			names: new Map([
				['a', { at: [1, 1] as [number, number], width }],
				['b', { at: [2, 2] as [number, number], width }]
			])
		});
		const sides = (features: GeoJSON.Feature[], id: string) =>
			(features.find((f) => f.properties?.id === id)?.properties?.anchors as unknown[] | undefined)?.filter(
				(item) => typeof item === 'string'
			);
		const named = { ...shown, camera, labelled: ['a', 'b'], framed: ['a'] };
		const ltr = withAnchors(labelledFeatures(named, geo, index).features, named, room('ltr', 80));
		// 60 px from the edge: an 80 px name fits centred over or under the point, or to its left.
		expect(sides(ltr, 'a')).toEqual(['top', 'bottom', 'right', 'top-right', 'bottom-right']);
		const rtl = withAnchors(labelledFeatures(named, geo, index).features, named, room('rtl', 80));
		expect(sides(rtl, 'a')).toEqual(['right', 'top', 'bottom', 'top-right', 'bottom-right']);
		// b is off the map: no side keeps its name whole, and the step does not frame it.
		expect(sides(ltr, 'b')).toBeUndefined();
		// A name no side fits, of a place the step frames, keeps the side that cuts it least: up and
		// left of the point, 12 px in from it rather than 17.
		const wide = withAnchors(labelledFeatures(named, geo, index).features, named, room('ltr', 500));
		expect(sides(wide, 'a')).toEqual(['top-right']);
	});

	it('give every point of the layers on show its room, and none of hidden layers', () => {
		expect(ids(shownPoints(state(['sites'], []), geo))).toEqual(['c']);
		expect(ids(shownPoints(state(['cities', 'sites'], []), geo))).toEqual(['a', 'b', 'c']);
	});
});

describe('the step source', () => {
	const index = featureIndex(geo);
	const style = buildStyle(
		{ land: EMPTY_COLLECTION, borders: EMPTY_COLLECTION, labels: EMPTY_COLLECTION },
		geo
	);
	const drawn = stepFeatures(state(['cities', 'sites'], ['c'], ['b-c']), geo, index).features;
	/** The features of the step source a style layer draws. */
	const drawnBy = (layerId: string) => {
		const layer = style.layers.find((l) => l.id === layerId) as {
			source: string;
			filter: FilterSpecification;
		};
		expect(layer.source, layerId).toBe(STEP_SOURCE);
		const filter = featureFilter(layer.filter, `layers.${layerId}.filter`);
		return drawn
			.filter((f) =>
				filter.filter({ zoom: 4 }, {
					type: f.geometry.type === 'Point' ? 1 : 2,
					properties: f.properties!
				} as never)
			)
			.map((f) => f.properties?.id);
	};

	it('holds every part a step draws, tagged', () => {
		const parts = (part: string) =>
			drawn.filter((f) => f.properties?.[PART] === part).map((f) => f.properties?.id);
		expect(parts(STEP_PARTS.highlight)).toEqual(
			highlightedFeatures(state(['cities', 'sites'], ['c']), index).features.map((f) => f.properties?.id)
		);
		expect(parts(STEP_PARTS.label)).toEqual(['c']);
		expect(parts(STEP_PARTS.shadow)).toEqual(['a', 'b', 'c']);
		expect(parts(STEP_PARTS.arc)).toEqual(['b-c']);
	});

	it('draws each part only on its own layers', () => {
		expect(drawnBy('highlight-points')).toEqual(['c']);
		expect(drawnBy(LABEL_LAYER)).toEqual(['c']);
		expect(drawnBy(SHADOW_LAYER)).toEqual(['a', 'b', 'c']);
		expect(drawnBy('arcs-schematic')).toEqual(['b-c']);
		expect(drawnBy('arcs')).toEqual([]);
		expect(drawnBy('arcs-labels')).toEqual(['b-c']);
	});

	it("draws a step's arcs and no others, in the story's order", () => {
		const ids = (collection: GeoJSON.FeatureCollection) => collection.features.map((f) => f.properties?.id);
		expect(ids(shownArcs(state([], [], ['b-c', 'a-b']), geo))).toEqual(['a-b', 'b-c']);
		expect(ids(shownArcs(state([], [], []), geo))).toEqual([]);
	});

	it('leaves the story source as it is, so a step change re-tiles nothing else', () => {
		const sources = new Set(
			style.layers.filter((l) => l.id.startsWith('cities-')).map((l) => 'source' in l && l.source)
		);
		expect(sources).toEqual(new Set([STORY_SOURCE]));
	});
});

describe('the highlight layers', () => {
	const style = buildStyle(
		{ land: EMPTY_COLLECTION, borders: EMPTY_COLLECTION, labels: EMPTY_COLLECTION },
		geo
	);
	const order = style.layers.map((layer) => layer.id);

	it('draw from the small step source, so the story source never repaints by feature-state', () => {
		expect(style.sources[STEP_SOURCE]).toBeDefined();
		expect(JSON.stringify(style.layers)).not.toContain('feature-state');
	});

	it('sit above the story layers they emphasise and below the labels', () => {
		expect(order.indexOf('highlight-fill')).toBeGreaterThan(order.indexOf('sites-fill'));
		expect(order.indexOf('highlight-points')).toBeGreaterThan(order.indexOf('sites-points'));
		expect(order.indexOf('highlight-points')).toBeLessThan(order.indexOf(LABEL_LAYER));
	});
});

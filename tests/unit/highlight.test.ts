import { describe, expect, it } from 'vitest';
import {
	featureIndex,
	highlightedFeatures,
	labelledFeatures,
	shownPoints
} from '../../src/lib/map/applyMapState.ts';
import type { MapState } from '../../src/lib/camera/mapState.ts';
import { buildStyle, HIGHLIGHT_SOURCE, LABEL_SOURCE, type StoryGeo } from '../../src/lib/map/style.ts';
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
	arcs: EMPTY_COLLECTION,
	reference: EMPTY_COLLECTION
};

const state = (layers: string[], highlighted: string[]): MapState => ({
	stepId: 'step',
	camera: { center: [0, 0], zoom: 2, bearing: 0, pitch: 0 },
	layers,
	highlighted,
	arcs: [],
	labelled: highlighted,
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
	});

	it('give every point of the layers on show its room, and none of hidden layers', () => {
		expect(ids(shownPoints(state(['sites'], []), geo))).toEqual(['c']);
		expect(ids(shownPoints(state(['cities', 'sites'], []), geo))).toEqual(['a', 'b', 'c']);
	});
});

describe('the highlight layers', () => {
	const style = buildStyle(
		{ land: EMPTY_COLLECTION, borders: EMPTY_COLLECTION, labels: EMPTY_COLLECTION },
		geo
	);
	const order = style.layers.map((layer) => layer.id);

	it('draw from their own small source, so the story sources never repaint by feature-state', () => {
		expect(style.sources[HIGHLIGHT_SOURCE]).toBeDefined();
		expect(JSON.stringify(style.layers)).not.toContain('feature-state');
	});

	it('right to left, put every point label first on the left of its point, and nothing else moves', () => {
		const world = { land: EMPTY_COLLECTION, borders: EMPTY_COLLECTION, labels: EMPTY_COLLECTION };
		const firstAnchors = (layers: typeof style.layers) =>
			layers.flatMap((layer) =>
				layer.type === 'symbol' && Array.isArray(layer.layout?.['text-variable-anchor'])
					? [(layer.layout['text-variable-anchor'] as string[])[0]]
					: []
			);
		// An anchor on the label's right edge puts the text to the left of its point.
		const textOnTheLeft = (anchor: string) => anchor.endsWith('right');
		const mirrored = buildStyle(world, geo, undefined, 'rtl');
		expect(firstAnchors(style.layers).some((anchor) => !textOnTheLeft(anchor))).toBe(true);
		expect(firstAnchors(mirrored.layers).length).toBe(firstAnchors(style.layers).length);
		for (const anchor of firstAnchors(mirrored.layers)) expect(textOnTheLeft(anchor), anchor).toBe(true);
		expect(mirrored.layers.map((l) => l.id)).toEqual(order);
	});

	it('sit above the story layers they emphasise and below the labels', () => {
		expect(order.indexOf('highlight-fill')).toBeGreaterThan(order.indexOf('sites-fill'));
		expect(order.indexOf('highlight-points')).toBeGreaterThan(order.indexOf('sites-points'));
		expect(order.indexOf('highlight-points')).toBeLessThan(order.indexOf(LABEL_SOURCE));
	});
});

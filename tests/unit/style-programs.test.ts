import { describe, expect, it } from 'vitest';
import { featureFilter, isExpression } from '@maplibre/maplibre-gl-style-spec';
import type { FilterSpecification, LayerSpecification } from 'maplibre-gl';
import { buildStyle, storyLayerIds, type StoryGeo } from '../../src/lib/map/style.ts';
import { EMPTY_COLLECTION } from '../../src/lib/geo/wire.ts';
import { PALETTES } from '../../src/lib/geo/palette.ts';

/**
 * MapLibre compiles a shader program for every kind of layer and every mix of
 * constant and per-feature paint values; compiling is the largest single cost
 * of the live map's start (bench --trace). These hold the style to few programs.
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
		}
	],
	arcs: EMPTY_COLLECTION,
	reference: EMPTY_COLLECTION
};
const world = { land: EMPTY_COLLECTION, borders: EMPTY_COLLECTION, labels: EMPTY_COLLECTION };
const style = buildStyle(world, geo, PALETTES.light);
const layer = (id: string) =>
	style.layers.find((l) => l.id === id) as LayerSpecification & { filter: FilterSpecification };
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
		const [land, strip] = geo.layers[0].data.features;
		expect([drawnBy(ids.fill, land), drawnBy(ids.territoryFill, land)]).toEqual([true, false]);
		expect([drawnBy(ids.fill, strip), drawnBy(ids.territoryFill, strip)]).toEqual([false, true]);
		expect(layer(ids.fill).paint).toMatchObject({ 'fill-color': PALETTES.light.country });
		expect(layer(ids.territoryFill).paint).toMatchObject({ 'fill-color': PALETTES.light.territory });
	});

	it('has no background layer: the sea is the map element’s own background', () => {
		expect(style.layers.some((l) => l.type === 'background')).toBe(false);
	});
});

import { describe, expect, it } from 'vitest';
import { decodeDetail, decodeStoryGeo, decodeWorld } from '../../src/lib/geo/wire.ts';
import { encodeDetail, encodeStoryGeo, encodeWorld } from '../../src/lib/server/wire.ts';
import { basemapFor } from '../../src/lib/server/basemap.ts';
import { loadContent } from '../../src/lib/server/content.ts';

const content = loadContent();
const basemap = basemapFor(content.frames);

describe('the map data on the wire (TopoJSON)', () => {
	it('gives back every story feature with its properties, and points within 15 m', () => {
		const decoded = decodeStoryGeo(encodeStoryGeo(content.layers, content.arcs));
		expect(decoded.layers.map((l) => l.id)).toEqual(content.layers.map((l) => l.id));
		expect(decoded.arcs.features.map((f) => f.properties?.id)).toEqual(
			content.arcs.map((f) => f.properties?.id)
		);
		for (const [i, layer] of content.layers.entries()) {
			expect(decoded.layers[i].title).toBe(layer.title);
			for (const [j, feature] of layer.features.entries()) {
				const back = decoded.layers[i].data.features[j];
				expect(back.properties).toEqual(feature.properties);
				if (feature.geometry.type === 'Point') {
					const [lon, lat] = (back.geometry as GeoJSON.Point).coordinates;
					expect(Math.abs(lon - feature.geometry.coordinates[0])).toBeLessThan(0.00015);
					expect(Math.abs(lat - feature.geometry.coordinates[1])).toBeLessThan(0.00015);
				}
			}
		}
	});

	it('carries the world with labels, and the detail with borders between countries only', () => {
		const world = decodeWorld(encodeWorld(basemap));
		expect(world.land.features.length).toBe(basemap.worldLand.features.length);
		expect(world.labels.features.map((f) => f.properties?.name)).toContain('Iran');
		expect(world.land.features[0].properties).toEqual({});
		const detail = decodeDetail(encodeDetail(basemap));
		expect(detail.land.features.length).toBe(basemap.regionLand.features.length);
		expect(detail.borders.features[0].geometry.type).toBe('MultiLineString');
	});
});

import { describe, expect, it } from 'vitest';
import { crossesAntimeridian, splitAtAntimeridian } from '../../src/lib/geo/antimeridian.ts';
import { basemapFor } from '../../src/lib/server/basemap.ts';
import { loadContent } from '../../src/lib/server/content.ts';

/**
 * Edges a flat map would draw across the whole world: more than 180° of
 * longitude. Only a polar ring's closing edge, along a parallel at the map's
 * edge (|lat| > 80), is drawn right.
 */
function worldSpanningEdges(geometry: GeoJSON.Geometry): GeoJSON.Position[][] {
	const rings =
		geometry.type === 'Polygon'
			? geometry.coordinates
			: geometry.type === 'MultiPolygon'
				? geometry.coordinates.flat()
				: geometry.type === 'MultiLineString'
					? geometry.coordinates
					: geometry.type === 'LineString'
						? [geometry.coordinates]
						: [];
	return rings.flatMap((ring) =>
		ring
			.slice(1)
			.map((position, index) => [ring[index], position])
			.filter(([a, b]) => Math.abs(a[0] - b[0]) > 180 && !(Math.abs(a[1]) > 80 && Math.abs(b[1]) > 80))
	);
}

describe('nothing draws a band across the world', () => {
	it('no basemap or story geometry has an edge across the antimeridian', () => {
		const content = loadContent();
		const basemap = basemapFor(content.frames);
		const collections = [...Object.values(basemap), ...content.layers.map((l) => l.features), content.arcs];
		for (const collection of collections) {
			const features = Array.isArray(collection) ? collection : collection.features;
			for (const feature of features as GeoJSON.Feature[])
				expect(
					worldSpanningEdges(feature.geometry),
					String(feature.properties?.name ?? feature.properties?.id)
				).toEqual([]);
		}
	});

	it('cuts a polygon that crosses the antimeridian into parts on each side', () => {
		const chukotka: GeoJSON.Polygon = {
			type: 'Polygon',
			coordinates: [
				[
					[170, 65],
					[-170, 65],
					[-170, 70],
					[170, 70],
					[170, 65]
				]
			]
		};
		expect(crossesAntimeridian(chukotka.coordinates)).toBe(true);
		const split = splitAtAntimeridian(chukotka);
		expect(split.type).toBe('MultiPolygon');
		const parts = (split as GeoJSON.MultiPolygon).coordinates;
		expect(parts).toHaveLength(2);
		for (const part of parts) {
			const xs = part[0].map((p) => p[0]);
			expect(Math.max(...xs) - Math.min(...xs)).toBeCloseTo(10);
			expect(crossesAntimeridian(part)).toBe(false);
		}
		expect(worldSpanningEdges(split)).toEqual([]);
	});

	it('leaves polygons that do not cross it, and rings around a pole, as they are', () => {
		const square: GeoJSON.Polygon = {
			type: 'Polygon',
			coordinates: [
				[
					[10, 10],
					[20, 10],
					[20, 20],
					[10, 10]
				]
			]
		};
		expect(splitAtAntimeridian(square)).toEqual(square);
		const polar: GeoJSON.Polygon = {
			type: 'Polygon',
			coordinates: [
				[
					[-180, -84],
					[0, -70],
					[180, -84],
					[-180, -84]
				]
			]
		};
		expect(splitAtAntimeridian(polar)).toEqual(polar);
	});
});

import { geoArea } from 'd3-geo';

export function escapeXml(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * d3-geo reads polygon rings the other way round from RFC 7946 (which Turf
 * follows): a ring that seems to cover more than half the globe is reversed.
 */
export function d3Winding<F extends GeoJSON.Feature>(feature: F): F {
	const geometry = feature.geometry;
	if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') return feature;
	if (geoArea(feature) <= 2 * Math.PI) return feature;
	const reverse = (rings: GeoJSON.Position[][]) => rings.map((ring) => [...ring].reverse());
	return {
		...feature,
		geometry:
			geometry.type === 'Polygon'
				? { ...geometry, coordinates: reverse(geometry.coordinates) }
				: { ...geometry, coordinates: geometry.coordinates.map(reverse) }
	};
}

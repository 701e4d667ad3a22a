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

/**
 * Text for an SVG <text> of a right-to-left edition, set in a right-to-left
 * isolate (RLI … PDI), so that mixed text reads in its order: «۵۰۰ کیلومتر»
 * with the number on the right, «… Natural Earth» with the Latin words on
 * the left. Not the `direction` attribute: resvg, which draws the share
 * cards, ignores it, while browsers would also flip what `text-anchor`'s
 * start and end mean; with the isolate both draw the same line, and anchors
 * keep their left-to-right meaning everywhere.
 */
export function isolate(text: string, dir: 'ltr' | 'rtl'): string {
	return dir === 'rtl' ? `\u2067${text}\u2069` : text;
}

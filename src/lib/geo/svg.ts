import { geoArea, type GeoStream, type GeoStreamWrapper } from 'd3-geo';

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

/**
 * A projection that leaves out points closer than `tolerance` pixels to the
 * last one drawn (a line's or ring's ends are kept): detail an image cannot
 * show, which is most of a coastline's bytes at a continent's scale.
 */
export function thinned(projection: GeoStreamWrapper, tolerance: number): GeoStreamWrapper {
	return {
		stream(output) {
			let last: [number, number] | null = null;
			let pending: [number, number] | null = null;
			const thin: GeoStream = {
				point(x, y) {
					if (last && Math.abs(x - last[0]) < tolerance && Math.abs(y - last[1]) < tolerance) {
						pending = [x, y];
						return;
					}
					output.point(x, y);
					last = [x, y];
					pending = null;
				},
				lineStart() {
					last = pending = null;
					output.lineStart();
				},
				lineEnd() {
					if (pending) output.point(...pending);
					output.lineEnd();
				},
				polygonStart: () => output.polygonStart(),
				polygonEnd: () => output.polygonEnd(),
				sphere: () => output.sphere?.()
			};
			return projection.stream(thin);
		}
	};
}

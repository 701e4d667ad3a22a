import bboxClip from '@turf/bbox-clip';
import type { Bounds, GeoLayer } from '../story/types.ts';

/**
 * What a step's map shows, by id: the layers with a feature in view and the
 * places in view. A layer whose features all lie outside the view is drawn but
 * not seen, so a description must not say the map shows it.
 */
export interface InView {
	layers: Set<string>;
	places: Set<string>;
}

/** The view as boxes within -180..180: a view across the 180th meridian (east past 180) is two. */
function boxes([west, south, east, north]: Bounds): Bounds[] {
	if (east <= 180) return [[west, south, east, north]];
	return [
		[west, south, 180, north],
		[-180, south, east - 360, north]
	];
}

function inBox([lon, lat]: GeoJSON.Position, [west, south, east, north]: Bounds): boolean {
	return lon >= west && lon <= east && lat >= south && lat <= north;
}

function geometryInBox(geometry: GeoJSON.Geometry, box: Bounds): boolean {
	switch (geometry.type) {
		case 'Point':
			return inBox(geometry.coordinates, box);
		case 'MultiPoint':
			return geometry.coordinates.some((position) => inBox(position, box));
		case 'GeometryCollection':
			return geometry.geometries.some((part) => geometryInBox(part, box));
		default: {
			// Lines and areas: whatever part of them the box cuts out (an area around the box is all of it).
			const clipped = bboxClip(geometry, box).geometry.coordinates as unknown[];
			return clipped.some((part) => Array.isArray(part) && part.length > 0);
		}
	}
}

export function featureInView(feature: GeoJSON.Feature, view: Bounds): boolean {
	return feature.geometry !== null && boxes(view).some((box) => geometryInBox(feature.geometry, box));
}

export function inViewOf(view: Bounds, layers: GeoLayer[]): InView {
	const places = new Set<string>();
	const shown = new Set<string>();
	for (const layer of layers)
		for (const feature of layer.features)
			if (featureInView(feature, view)) {
				places.add(feature.properties.id);
				shown.add(layer.id);
			}
	return { layers: shown, places };
}

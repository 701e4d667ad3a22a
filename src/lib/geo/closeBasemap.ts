import bboxClip from '@turf/bbox-clip';
import difference from '@turf/difference';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Bounds } from '../story/types.ts';
import { roundGeometry, withoutDegenerateRings } from './geometry.ts';

/**
 * The third basemap scale: Natural Earth 1:10m, only in boxes around the
 * close-up frames (a town, an airport), where 1:50m coasts are kilometres off
 * and visibly angular. At zoom 7 a 1:50m coast is already a few pixels out;
 * below it the reader sees no difference.
 */
export const CLOSE_MIN_ZOOM = 7;
/** Frames narrower than this (degrees) are seen at CLOSE_MIN_ZOOM or closer on any screen. */
const CLOSE_FRAME_SPAN = 2;
/**
 * Room around a close frame: a desktop at zoom 7 shows about 7° across, and the
 * frame sits off centre beside the text column, so 4° keeps the seam off screen.
 */
const CLOSE_MARGIN = 4;
/** Four decimals (~10 m): finer than a pixel at zoom 11, the closest a computed camera goes. */
const DECIMALS = 4;

type Polygonal = GeoJSON.Polygon | GeoJSON.MultiPolygon;

export interface CloseBasemap {
	/** The boxes the 1:10m data covers. */
	regions: Bounds[];
	land: GeoJSON.FeatureCollection<Polygonal>;
	borders: GeoJSON.FeatureCollection;
	/**
	 * Each box minus its land. Drawn above the coarser land and the story's
	 * country fills, it trims them to the 1:10m coast; drawn below them it would
	 * let the 1:50m coast overhang the sea.
	 */
	sea: GeoJSON.FeatureCollection<Polygonal>;
	/** The outlines of the provinces in each box, drawn fainter than the borders. */
	provinces: GeoJSON.FeatureCollection<GeoJSON.MultiLineString>;
}

function overlaps(a: Bounds, b: Bounds): boolean {
	return a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];
}

function merge(a: Bounds, b: Bounds): Bounds {
	return [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])];
}

/** The boxes around the close-up frames, overlapping boxes merged into one. */
export function closeRegions(frames: Bounds[]): Bounds[] {
	const boxes = frames
		.filter(
			([west, south, east, north]) => east - west < CLOSE_FRAME_SPAN && north - south < CLOSE_FRAME_SPAN
		)
		.map(([west, south, east, north]): Bounds => [
			Math.max(-180, west - CLOSE_MARGIN),
			Math.max(-85, south - CLOSE_MARGIN),
			Math.min(180, east + CLOSE_MARGIN),
			Math.min(85, north + CLOSE_MARGIN)
		]);
	const merged: Bounds[] = [];
	for (let box of boxes) {
		for (let i = merged.length - 1; i >= 0; i--) {
			if (!overlaps(merged[i], box)) continue;
			box = merge(merged[i], box);
			merged.splice(i, 1);
		}
		merged.push(box);
	}
	return merged.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

function boxPolygon([west, south, east, north]: Bounds): GeoJSON.Feature<GeoJSON.Polygon> {
	return {
		type: 'Feature',
		properties: {},
		geometry: {
			type: 'Polygon',
			coordinates: [
				[
					[west, south],
					[east, south],
					[east, north],
					[west, north],
					[west, south]
				]
			]
		}
	};
}

const isEmpty = (geometry: Polygonal) => geometry.coordinates.length === 0;

/** A box of its own: cheap to test against a region before clipping. */
function boundsOf(rings: GeoJSON.Position[][]): Bounds {
	let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
	for (const ring of rings)
		for (const [x, y] of ring) {
			west = Math.min(west, x);
			east = Math.max(east, x);
			south = Math.min(south, y);
			north = Math.max(north, y);
		}
	return [west, south, east, north];
}

/**
 * The outlines of the provinces (first-level divisions) that reach into a box,
 * clipped to it, as one line feature. Where an outline runs along a country's
 * border the border is drawn over it.
 */
export function provinceLinesIn(
	provinces: GeoJSON.Feature<Polygonal>[],
	region: Bounds
): GeoJSON.Feature<GeoJSON.MultiLineString>[] {
	const rings = provinces.flatMap((province) => {
		const polygons =
			province.geometry.type === 'Polygon' ? [province.geometry.coordinates] : province.geometry.coordinates;
		return polygons.filter((polygon) => overlaps(boundsOf(polygon), region)).flat();
	});
	if (rings.length === 0) return [];
	const lines = bboxClip({ type: 'MultiLineString', coordinates: rings }, region)
		.geometry as GeoJSON.MultiLineString;
	const kept = lines.coordinates.filter((line) => line.length > 1);
	if (kept.length === 0) return [];
	return [
		{
			type: 'Feature',
			properties: {},
			geometry: roundGeometry({ type: 'MultiLineString', coordinates: kept }, DECIMALS)
		}
	];
}

/**
 * Countries clipped to a box, the box's sea, and its borders, from Natural
 * Earth 1:10m countries; with `provinces` (Natural Earth 1:10m admin-1), the
 * provinces' outlines too.
 */
export function buildCloseBasemap(
	countries10m: Topology,
	regions: Bounds[],
	provinces: GeoJSON.Feature<Polygonal>[] = []
): CloseBasemap {
	const object = countries10m.objects.countries as GeometryCollection;
	const countries = (
		feature(countries10m, object) as GeoJSON.FeatureCollection<Polygonal | null, { name: string }>
	).features.filter((f): f is GeoJSON.Feature<Polygonal, { name: string }> => f.geometry !== null);
	const land: GeoJSON.Feature<Polygonal>[] = [];
	const sea: GeoJSON.Feature<Polygonal>[] = [];
	const borders: GeoJSON.Feature[] = [];
	const outlines: GeoJSON.Feature<GeoJSON.MultiLineString>[] = [];
	const allBorders = mesh(countries10m, object, (a, b) => a !== b);
	for (const region of regions) {
		const pieces = countries
			.map((f) => ({ ...f, geometry: withoutDegenerateRings(bboxClip(f, region).geometry as Polygonal) }))
			.filter((f) => !isEmpty(f.geometry));
		for (const piece of pieces)
			land.push({
				type: 'Feature',
				properties: { name: piece.properties.name },
				geometry: roundGeometry(piece.geometry, DECIMALS)
			});
		// A box with no land in it is all sea (difference needs something to take away).
		const open = pieces.length
			? difference({ type: 'FeatureCollection', features: [boxPolygon(region), ...pieces] })
			: boxPolygon(region);
		if (open) sea.push({ type: 'Feature', properties: {}, geometry: roundGeometry(open.geometry, DECIMALS) });
		outlines.push(...provinceLinesIn(provinces, region));
		const lines = bboxClip({ type: 'Feature', properties: {}, geometry: allBorders }, region).geometry;
		if (lines.coordinates.length > 0)
			borders.push({ type: 'Feature', properties: {}, geometry: roundGeometry(lines, DECIMALS) });
	}
	const collection = <G extends GeoJSON.Geometry>(features: GeoJSON.Feature<G>[]) => ({
		type: 'FeatureCollection' as const,
		features
	});
	return {
		regions,
		land: collection(land),
		borders: collection(borders),
		sea: collection(sea),
		provinces: collection(outlines)
	};
}

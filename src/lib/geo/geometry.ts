import turfBbox from '@turf/bbox';
import turfDistance from '@turf/distance';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import greatCircle from '@turf/great-circle';
import { point } from '@turf/helpers';
import type { ArcSpec, Bounds, LonLat } from '../story/types.ts';

export function boundsOf(geojson: GeoJSON.GeoJSON): Bounds {
	return turfBbox(geojson) as Bounds;
}

/**
 * The bounds that frame `geojson` the short way round the globe. When its
 * longitudes leave their widest gap across the 180th meridian's far side (a
 * Pacific story: Fiji and Samoa), the frame crosses that meridian and its east
 * is written past 180 (e.g. [177, -20, 189, -13]), so west < east still holds
 * and cameras fit it as one span.
 */
export function frameBounds(geojson: GeoJSON.GeoJSON): Bounds {
	const [west, south, east, north] = boundsOf(geojson);
	const lons = [...new Set(positionsOf(geojson).map((p) => (((p[0] % 360) + 540) % 360) - 180))].sort(
		(a, b) => a - b
	);
	if (lons.length < 2) return [west, south, east, north];
	// The widest gap between neighbouring longitudes, going round: the frame is the rest.
	let gap = lons[0] + 360 - lons[lons.length - 1];
	let after = 0;
	for (let i = 1; i < lons.length; i++)
		if (lons[i] - lons[i - 1] > gap) {
			gap = lons[i] - lons[i - 1];
			after = i;
		}
	if (after === 0) return [west, south, east, north];
	return [lons[after], south, lons[after - 1] + 360, north];
}

function positionsOf(geojson: GeoJSON.GeoJSON): GeoJSON.Position[] {
	switch (geojson.type) {
		case 'FeatureCollection':
			return geojson.features.flatMap(positionsOf);
		case 'Feature':
			return geojson.geometry ? positionsOf(geojson.geometry) : [];
		case 'GeometryCollection':
			return geojson.geometries.flatMap(positionsOf);
		case 'Point':
			return [geojson.coordinates];
		case 'MultiPoint':
		case 'LineString':
			return geojson.coordinates;
		case 'MultiLineString':
		case 'Polygon':
			return geojson.coordinates.flat();
		case 'MultiPolygon':
			return geojson.coordinates.flat(2);
	}
}

/** Whether a frame crosses the 180th meridian (frameBounds writes its east past 180). */
export const frameCrossesAntimeridian = (bounds: Bounds): boolean => bounds[2] > 180;

/** A point that stands for a feature in lists, distances and arcs. */
export function anchorOf(feature: GeoJSON.Feature): LonLat {
	const props = feature.properties ?? {};
	if (feature.geometry.type === 'Point') return feature.geometry.coordinates as LonLat;
	if (Array.isArray(props.uncertaintyCenter)) return props.uncertaintyCenter as LonLat;
	// The short way round: Fiji's middle is in the Pacific, not at the Greenwich meridian.
	const [west, south, east, north] = frameBounds(feature);
	const lon = (west + east) / 2;
	return [lon > 180 ? lon - 360 : lon, (south + north) / 2];
}

/** Great-circle distance in kilometres, rounded to 10 km: the precision a reader needs. */
export function distanceKm(from: LonLat, to: LonLat): number {
	return Math.round(turfDistance(point(from), point(to), { units: 'kilometers' }) / 10) * 10;
}

/** The arc a step draws between two places, as a great circle. */
export function arcFeature(arc: ArcSpec, from: LonLat, to: LonLat): GeoJSON.Feature {
	const line = greatCircle(point(from), point(to), { npoints: 64 });
	return {
		type: 'Feature',
		id: arc.id,
		geometry: line.geometry,
		properties: {
			id: arc.id,
			label: arc.label ?? '',
			schematic: arc.schematic,
			lengthKm: distanceKm(from, to)
		}
	};
}

/** Rounds coordinates to `decimals` places, dropping repeated positions. */
export function roundGeometry<G extends GeoJSON.Geometry>(geometry: G, decimals: number): G {
	const factor = 10 ** decimals;
	const round = (position: number[]) => position.map((v) => Math.round(v * factor) / factor);
	const line = (positions: number[][]) =>
		positions.map(round).filter((p, i, all) => i === 0 || p[0] !== all[i - 1][0] || p[1] !== all[i - 1][1]);
	// Rings that rounding shrinks below a triangle are dropped; a polygon whose outer ring goes, goes.
	const polygon = (rings: number[][][]) => {
		const kept = rings.map(line);
		return kept[0]?.length >= 4 ? kept.filter((ring) => ring.length >= 4) : [];
	};
	switch (geometry.type) {
		case 'Point':
			return { ...geometry, coordinates: round(geometry.coordinates) };
		case 'LineString':
			return { ...geometry, coordinates: line(geometry.coordinates) };
		case 'MultiLineString':
			return { ...geometry, coordinates: geometry.coordinates.map(line).filter((l) => l.length >= 2) };
		case 'Polygon':
			return { ...geometry, coordinates: polygon(geometry.coordinates) };
		case 'MultiPolygon':
			return { ...geometry, coordinates: geometry.coordinates.map(polygon).filter((p) => p.length > 0) };
		default:
			return geometry;
	}
}

/** bboxClip leaves rings of fewer than four positions where a shape grazes the box; they are not rings. */
export function withoutDegenerateRings<G extends GeoJSON.Polygon | GeoJSON.MultiPolygon>(geometry: G): G {
	// A polygon whose outer ring is gone is gone, holes and all.
	const polygon = (rings: GeoJSON.Position[][]) =>
		rings.length > 0 && rings[0].length >= 4 ? rings.filter((ring) => ring.length >= 4) : [];
	if (geometry.type === 'Polygon') return { ...geometry, coordinates: polygon(geometry.coordinates) };
	const polygons = geometry.coordinates.map(polygon).filter((rings) => rings.length > 0);
	return { ...geometry, coordinates: polygons };
}

/**
 * How far a point lies outside a polygon, in kilometres: 0 inside, otherwise
 * the distance to its nearest edge. Measured on a plane tangent at the point,
 * which is exact to a few metres over the tens of kilometres that matter here.
 */
export function kmOutside(point: LonLat, polygon: GeoJSON.Polygon | GeoJSON.MultiPolygon): number {
	if (booleanPointInPolygon(point, polygon)) return 0;
	const [lon0, lat0] = point;
	const kmPerLon = 111.32 * Math.cos((lat0 * Math.PI) / 180);
	const kmPerLat = 110.574;
	// Longitudes wrapped to the point's side of the 180th meridian.
	const toPlane = ([lon, lat]: GeoJSON.Position): [number, number] => [
		(((lon - lon0 + 540) % 360) - 180) * kmPerLon,
		(lat - lat0) * kmPerLat
	];
	let nearest = Infinity;
	const rings = polygon.type === 'Polygon' ? polygon.coordinates : polygon.coordinates.flat();
	for (const ring of rings)
		for (let i = 1; i < ring.length; i++) {
			const [ax, ay] = toPlane(ring[i - 1]);
			const [bx, by] = toPlane(ring[i]);
			const dx = bx - ax;
			const dy = by - ay;
			const along =
				dx === 0 && dy === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / (dx * dx + dy * dy)));
			nearest = Math.min(nearest, Math.hypot(ax + along * dx, ay + along * dy));
		}
	return nearest;
}

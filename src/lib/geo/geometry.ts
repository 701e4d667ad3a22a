import turfBbox from '@turf/bbox';
import turfDistance from '@turf/distance';
import greatCircle from '@turf/great-circle';
import { point } from '@turf/helpers';
import type { ArcSpec, Bounds, LonLat } from '../story/types.ts';

export function boundsOf(geojson: GeoJSON.GeoJSON): Bounds {
	return turfBbox(geojson) as Bounds;
}

/** A point that stands for a feature in lists, distances and arcs. */
export function anchorOf(feature: GeoJSON.Feature): LonLat {
	const props = feature.properties ?? {};
	if (feature.geometry.type === 'Point') return feature.geometry.coordinates as LonLat;
	if (Array.isArray(props.uncertaintyCenter)) return props.uncertaintyCenter as LonLat;
	const [west, south, east, north] = boundsOf(feature);
	return [(west + east) / 2, (south + north) / 2];
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

import bboxClip from '@turf/bbox-clip';

type Polygonal = GeoJSON.Polygon | GeoJSON.MultiPolygon;
type Ring = GeoJSON.Position[];

/** Longitudes made continuous along a ring: a step of more than 180° is the antimeridian. */
function unwrapRing(ring: Ring, reference: number): Ring {
	let offset = Math.round((reference - ring[0][0]) / 360) * 360;
	return ring.map((position, index) => {
		if (index > 0) {
			const step = position[0] + offset - (ring[index - 1][0] + offset);
			if (step > 180) offset -= 360;
			else if (step < -180) offset += 360;
		}
		return [position[0] + offset, ...position.slice(1)];
	});
}

function clipAndShift(rings: Ring[], west: number, shift: number): GeoJSON.Position[][][] {
	const clipped = bboxClip(
		{ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: rings } },
		[west, -90, west + 360, 90]
	).geometry as Polygonal;
	const polygons = clipped.type === 'Polygon' ? [clipped.coordinates] : clipped.coordinates;
	return polygons
		.filter((polygon) => polygon[0]?.length >= 4)
		.map((polygon) => polygon.map((ring) => ring.map(([lon, ...rest]) => [lon + shift, ...rest])));
}

/**
 * Polygons that cross the antimeridian (Russia's Chukotka, Fiji) are stored
 * with vertices on both sides of it; drawn on a flat map, the edge between
 * them runs the whole width of the world as a thin horizontal band. Each
 * polygon is made continuous, then cut at ±180° into parts that each stay on
 * one side, so no edge spans more than half the world.
 */
export function splitAtAntimeridian<G extends Polygonal>(geometry: G): Polygonal {
	const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
	const parts = polygons.flatMap((polygon) => {
		if (!crossesAntimeridian(polygon)) return [polygon];
		const outer = unwrapRing(polygon[0], polygon[0][0][0]);
		// A ring around a pole (Antarctica) does not close in longitude: drawn flat it is
		// already right, its jump runs along a parallel at the map's edge.
		if (Math.abs(outer.at(-1)![0] - outer[0][0]) > 180) return [polygon];
		const rings = [outer, ...polygon.slice(1).map((hole) => unwrapRing(hole, outer[0][0]))];
		const xs = outer.map((position) => position[0]);
		const low = Math.floor((Math.min(...xs) + 180) / 360);
		const high = Math.floor((Math.max(...xs) + 180) / 360);
		const pieces: GeoJSON.Position[][][] = [];
		for (let world = low; world <= high; world++)
			pieces.push(...clipAndShift(rings, -180 + world * 360, -world * 360));
		return pieces;
	});
	return parts.length === 1
		? { type: 'Polygon', coordinates: parts[0] }
		: { type: 'MultiPolygon', coordinates: parts };
}

/** True when some edge of the polygon jumps more than 180° of longitude. */
export function crossesAntimeridian(polygon: GeoJSON.Position[][]): boolean {
	return polygon.some((ring) =>
		ring.some((position, index) => index > 0 && Math.abs(position[0] - ring[index - 1][0]) > 180)
	);
}

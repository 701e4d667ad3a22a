import bboxClip from '@turf/bbox-clip';
import { feature, merge, mesh } from 'topojson-client';
import type {
	GeometryCollection,
	MultiPolygon as TopoMultiPolygon,
	Polygon as TopoPolygon,
	Topology
} from 'topojson-specification';
import type { Bounds, LonLat } from '../story/types.ts';
import { splitAtAntimeridian } from './antimeridian.ts';
import { roundGeometry } from './geometry.ts';

/**
 * The basemap is two Natural Earth scales: 1:110m for the whole world at low
 * zoom (small), and 1:50m clipped to the story's region for closer views.
 * StoryMap switches between them at DETAIL_MIN_ZOOM.
 */
export const DETAIL_MIN_ZOOM = 4;
/** Two decimals (~1 km) is finer than a pixel below zoom 7, where the region is seen. */
const DECIMALS = 2;

export interface Basemap {
	worldLand: GeoJSON.FeatureCollection;
	/** The same land as one shape, without the borders between countries: what a static map fills. */
	worldCoast: GeoJSON.FeatureCollection;
	worldBorders: GeoJSON.FeatureCollection;
	regionLand: GeoJSON.FeatureCollection;
	regionCoast: GeoJSON.FeatureCollection;
	regionBorders: GeoJSON.FeatureCollection;
	labels: GeoJSON.FeatureCollection<GeoJSON.Point>;
}

type Polygonal = GeoJSON.Polygon | GeoJSON.MultiPolygon;
type TopoPolygonal = TopoPolygon | TopoMultiPolygon;

function collection<G extends GeoJSON.Geometry>(
	features: GeoJSON.Feature<G>[]
): GeoJSON.FeatureCollection<G> {
	return { type: 'FeatureCollection', features };
}

function ringArea(ring: GeoJSON.Position[]): number {
	let sum = 0;
	for (let i = 0, j = ring.length - 1; i < ring.length; j = i++)
		sum += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
	return Math.abs(sum / 2);
}

/** A label point: the middle of the bounds of the country's largest polygon. */
export function labelPoint(geometry: Polygonal): LonLat {
	const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
	const largest = polygons.reduce((a, b) => (ringArea(b[0]) > ringArea(a[0]) ? b : a));
	const xs = largest[0].map((p) => p[0]);
	const ys = largest[0].map((p) => p[1]);
	return [
		Math.round(((Math.min(...xs) + Math.max(...xs)) / 2) * 100) / 100,
		Math.round(((Math.min(...ys) + Math.max(...ys)) / 2) * 100) / 100
	];
}

function countries(topology: Topology): GeoJSON.Feature<Polygonal, { name: string }>[] {
	const fc = feature(topology, topology.objects.countries as GeometryCollection) as GeoJSON.FeatureCollection<
		Polygonal,
		{ name: string }
	>;
	return fc.features.filter((f) => f.geometry);
}

function borders(topology: Topology): GeoJSON.MultiLineString {
	return mesh(topology, topology.objects.countries as GeometryCollection, (a, b) => a !== b);
}

function intersects(a: Bounds, b: Bounds): boolean {
	return a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];
}

function boundsOfGeometry(geometry: Polygonal): Bounds {
	const positions = (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates).flat(2);
	const xs = positions.map((p) => p[0]);
	const ys = positions.map((p) => p[1]);
	return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

export function buildBasemap(world: Topology, detail: Topology, region: Bounds): Basemap {
	const worldCountries = countries(world);
	const regionCountries = countries(detail)
		.filter((f) => intersects(boundsOfGeometry(f.geometry), region))
		.map((f) => ({ ...f, geometry: bboxClip(f, region).geometry as Polygonal }))
		.filter((f) => f.geometry.coordinates.length > 0);
	const land = (features: GeoJSON.Feature<Polygonal, { name: string }>[]) =>
		collection(
			features.map((f) => ({
				type: 'Feature' as const,
				properties: { name: f.properties.name },
				geometry: splitAtAntimeridian(roundGeometry(f.geometry, DECIMALS))
			}))
		);
	const line = (geometry: GeoJSON.Geometry) =>
		collection([{ type: 'Feature' as const, properties: {}, geometry: roundGeometry(geometry, DECIMALS) }]);
	// Every country's land as one shape: a border is drawn once, by the borders' lines.
	const coast = (topology: Topology, clip?: Bounds): GeoJSON.FeatureCollection => {
		const geometries = (topology.objects.countries as GeometryCollection).geometries.filter(
			(g): g is TopoPolygonal => g.type === 'Polygon' || g.type === 'MultiPolygon'
		);
		const merged: GeoJSON.Feature<Polygonal> = {
			type: 'Feature',
			properties: {},
			geometry: merge(topology, geometries)
		};
		const geometry = clip ? (bboxClip(merged, clip).geometry as Polygonal) : merged.geometry;
		return collection([
			{
				type: 'Feature' as const,
				properties: {},
				geometry: splitAtAntimeridian(roundGeometry(geometry, DECIMALS))
			}
		]);
	};
	return {
		worldLand: land(worldCountries),
		worldCoast: coast(world),
		worldBorders: line(borders(world)),
		regionLand: land(regionCountries),
		regionCoast: coast(detail, region),
		regionBorders: line(
			bboxClip({ type: 'Feature', properties: {}, geometry: borders(detail) }, region).geometry
		),
		labels: collection(
			worldCountries.map((f) => ({
				type: 'Feature' as const,
				properties: { name: f.properties.name },
				geometry: { type: 'Point' as const, coordinates: labelPoint(f.geometry) }
			}))
		)
	};
}

/** Steps whose frame is narrower than this (degrees of longitude) are seen closer than the world view. */
const CLOSE_FRAME_SPAN = 40;
const REGION_MARGIN = 12;

/**
 * Where the basemap needs 1:50m detail: around every step frame that is seen
 * closer than the world view, with a margin for the reader to pan.
 */
export function detailRegion(frames: Bounds[]): Bounds {
	const close = frames.filter(([west, , east]) => east - west < CLOSE_FRAME_SPAN);
	const all = close.length > 0 ? close : frames;
	return [
		Math.max(-180, Math.min(...all.map((b) => b[0])) - REGION_MARGIN),
		Math.max(-85, Math.min(...all.map((b) => b[1])) - REGION_MARGIN),
		Math.min(180, Math.max(...all.map((b) => b[2])) + REGION_MARGIN),
		Math.min(85, Math.max(...all.map((b) => b[3])) + REGION_MARGIN)
	];
}

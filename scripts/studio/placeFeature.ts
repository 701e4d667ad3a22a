/**
 * A new place from a click on the studio's map: a GeoJSON feature with every
 * property the story's checks need, filled where the click tells (its id
 * from the name, the country feature of the story it lies in, a precision
 * from how close the map was), and the words left for the editor, listed.
 */
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { GeoLayer, LonLat } from '../../src/lib/story/types.ts';

export interface NewPlace {
	feature: GeoJSON.Feature<GeoJSON.Point>;
	/** The properties the editor must still write. */
	toFill: string[];
}

/** "Martyrs' Cemetery, Kerman" → "martyrs-cemetery-kerman": the story's id form. */
export function idFromName(name: string): string {
	return name
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/['’]/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
}

/** How exactly a click places a point, from the map's zoom: a street, a town, a region. */
export function precisionAt(zoom: number): 'exact' | 'city' | 'area' {
	return zoom >= 12 ? 'exact' : zoom >= 8 ? 'city' : 'area';
}

export function placeFromClick(
	at: LonLat,
	name: string,
	zoom: number,
	layers: GeoLayer[],
	takenIds: Set<string>
): NewPlace {
	// The story's countries: the areas its places name as their `country`, or say are one.
	const named = new Set(layers.flatMap((layer) => layer.features.map((f) => f.properties.country)));
	const countries = layers.flatMap((layer) =>
		layer.features.filter(
			(f) =>
				(f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon') &&
				(named.has(f.properties.id) || f.properties.kind.toLowerCase() === 'country')
		)
	);
	const country = countries.find((f) =>
		booleanPointInPolygon(at, f.geometry as GeoJSON.Polygon | GeoJSON.MultiPolygon)
	)?.properties.id;
	let id = idFromName(name) || 'new-place';
	for (let n = 2; takenIds.has(id); n++) id = `${idFromName(name) || 'new-place'}-${n}`;
	const round = (value: number) => Math.round(value * 1e5) / 1e5;
	return {
		feature: {
			type: 'Feature',
			properties: {
				id,
				name,
				kind: '',
				summary: '',
				precision: precisionAt(zoom),
				...(country ? { country } : {}),
				sources: [{ outlet: '', title: '', date: '' }]
			},
			geometry: { type: 'Point', coordinates: [round(at[0]), round(at[1])] }
		},
		toFill: [
			'kind',
			'summary',
			'sources (outlet, title, date, url)',
			...(country ? [] : ['country, if the story has its feature'])
		]
	};
}

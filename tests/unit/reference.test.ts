import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildReference, FILE, WANTED } from '../../geo/scripts/reference.ts';
import { referenceLayer, validateReference } from '../../src/lib/geo/reference.ts';
import { decodeStoryGeo, encodeStoryGeo } from '../../src/lib/geo/wire.ts';
import { assembleContent, loadContent } from '../../src/lib/server/content.ts';
import { ContentError, formatIssue } from '../../src/lib/story/errors.ts';
import { layersFrom, SAMPLE_STORY, sampleLayers } from './helpers.ts';

const gazetteer = [
	{ name: 'Alpha', lat: '10.123456', lng: '20.654321', country: 'AA' },
	{ name: 'Beta', lat: '1', lng: '2', country: 'AA' },
	{ name: 'Beta', lat: '3', lng: '4', country: 'AA' }
];

describe('reference context', () => {
	it('is what geo/scripts/reference.ts makes from the pinned gazetteer', () => {
		expect(readFileSync(FILE, 'utf8')).toBe(buildReference());
		const { reference, places } = loadContent();
		expect(reference.map((f) => f.properties.id)).toEqual(WANTED.map((w) => w.id));
		const placeIds = new Set(places.map((p) => p.id));
		for (const feature of reference)
			expect(placeIds.has(feature.properties.id), feature.properties.id).toBe(false);
	});

	it('takes each place from the gazetteer exactly once, by name and country', () => {
		const wanted = { id: 'alpha', name: 'Alpha town', match: 'Alpha', country: 'AA', kind: 'town' };
		expect(referenceLayer([wanted], gazetteer, 'Test').features[0]).toEqual({
			type: 'Feature',
			properties: { id: 'alpha', name: 'Alpha town', kind: 'town', source: 'Test' },
			geometry: { type: 'Point', coordinates: [20.65432, 10.12346] }
		});
		expect(() => referenceLayer([{ ...wanted, match: 'Beta' }], gazetteer, 'Test')).toThrow(
			'"Beta" (AA) is in the gazetteer 2 times, not once'
		);
		expect(() => referenceLayer([{ ...wanted, country: 'BB' }], gazetteer, 'Test')).toThrow('0 times');
	});

	it('reports a broken file by feature and field, and an id that is also a story place', () => {
		const broken = {
			type: 'FeatureCollection',
			features: [
				{
					type: 'Feature',
					properties: { id: 'ok', name: 'Ok', kind: 'town' },
					geometry: { type: 'Point', coordinates: [1, 2] }
				},
				{ type: 'Feature', properties: { id: 'Bad Id', name: '', kind: 'town', source: 'X' }, geometry: null }
			]
		};
		expect(validateReference('geo/reference/x.geojson', broken).issues.map(formatIssue)).toEqual([
			'geo/reference/x.geojson, feature "ok", field "source": missing text',
			'geo/reference/x.geojson, feature #2, field "id": is not a stable id (lowercase words joined by "-")',
			'geo/reference/x.geojson, feature #2, field "name": missing text',
			'geo/reference/x.geojson, feature #2, field "geometry": reference places are points'
		]);
		const { layers } = layersFrom(sampleLayers());
		const clash = referenceLayer(
			[{ id: 'capital', name: 'C', match: 'Alpha', country: 'AA', kind: 'city' }],
			gazetteer,
			'T'
		);
		try {
			assembleContent('story.aml', SAMPLE_STORY, layers, [], clash.features);
			expect.unreachable();
		} catch (error) {
			expect((error as ContentError).issues.map(formatIssue)).toEqual([
				'geo/reference, feature "capital", field "id": is also a story place: a reference label is for places the story does not tell'
			]);
		}
	});

	it('travels to the map with the story layers', () => {
		const feature = referenceLayer(
			[{ id: 'alpha', name: 'Alpha', match: 'Alpha', country: 'AA', kind: 'town' }],
			gazetteer,
			'T'
		).features[0];
		const decoded = decodeStoryGeo(encodeStoryGeo([], [], [feature]));
		expect(decoded.reference.features).toHaveLength(1);
		expect(decoded.reference.features[0].properties).toMatchObject({ id: 'alpha', name: 'Alpha' });
		expect(decodeStoryGeo(encodeStoryGeo([], [])).reference.features).toEqual([]);
	});
});

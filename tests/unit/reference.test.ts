import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { createRequire } from 'node:module';
import { feature as topoFeature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { AREAS, buildReference, FILE, SEAS, WANTED } from '../../geo/scripts/reference.ts';
import { geoMercator, geoPath } from 'd3-geo';
import {
	areaLayer,
	REFERENCE_MIN_ZOOM,
	referenceLayer,
	SEA_LABEL_ZOOMS,
	validateReference,
	type ReferenceFeature
} from '../../src/lib/geo/reference.ts';
import { referenceSvg } from '../../src/lib/geo/staticReference.ts';
import { PALETTES } from '../../src/lib/geo/palette.ts';
import { decodeStoryGeo } from '../../src/lib/geo/wire.ts';
import { encodeStoryGeo } from '../../src/lib/server/wire.ts';
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
		const kept = reference.filter((f) => f.properties.minZoom === undefined);
		expect(kept.map((f) => f.properties.id)).toEqual([...WANTED, ...AREAS, ...SEAS].map((w) => w.id));
		const placeIds = new Set(places.map((p) => p.id));
		for (const feature of reference)
			expect(placeIds.has(feature.properties.id), feature.properties.id).toBe(false);
	});

	it('takes each place from the gazetteer exactly once, by name and country', () => {
		const wanted = { id: 'alpha', name: 'Alpha town', match: 'Alpha', country: 'AA', kind: 'town' as const };
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
			'geo/reference/x.geojson, feature #2, field "geometry": a town is a Point'
		]);
		const wrongShapes = {
			type: 'FeatureCollection',
			features: [
				{
					type: 'Feature',
					properties: { id: 'a', name: 'A', kind: 'area', source: 'X' },
					geometry: { type: 'Point', coordinates: [1, 2] }
				},
				{
					type: 'Feature',
					properties: { id: 'b', name: 'B', kind: 'lake', source: 'X' },
					geometry: { type: 'Point', coordinates: [1, 2] }
				}
			]
		};
		expect(validateReference('geo/reference/x.geojson', wrongShapes).issues.map(formatIssue)).toEqual([
			'geo/reference/x.geojson, feature "a", field "geometry": an area is a Polygon or MultiPolygon',
			'geo/reference/x.geojson, feature "b", field "kind": must be one of city, town, sea, area'
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

	const countries = createRequire(import.meta.url)('world-atlas/countries-10m.json') as Topology;
	const land = (
		topoFeature(countries, countries.objects.countries as GeometryCollection) as GeoJSON.FeatureCollection<
			GeoJSON.Polygon | GeoJSON.MultiPolygon
		>
	).features.filter((f) => f.geometry);

	it('names each sea on the water, clear of every country at 1:10m', () => {
		const seas = loadContent().reference.filter((f) => f.properties.kind === 'sea');
		expect(seas.map((f) => f.properties.id)).toEqual(SEAS.map((s) => s.id));
		for (const sea of seas) {
			const point = (sea.geometry as GeoJSON.Point).coordinates;
			const ashore = land.filter((country) => booleanPointInPolygon(point, country));
			expect(
				ashore.map((c) => c.properties?.name),
				sea.properties.name
			).toEqual([]);
		}
	});

	it("outlines an area from its country's shape, only inside the box it is asked for", () => {
		const wanted = { id: 'area', name: 'Area', country: 'Palestine', within: AREAS[0].within };
		const [area] = areaLayer([wanted], countries, 'T').features;
		expect(area.properties).toEqual({ id: 'area', name: 'Area', kind: 'area', source: 'T' });
		const positions = (
			area.geometry.type === 'Polygon' ? [area.geometry.coordinates] : area.geometry.coordinates
		).flat(2);
		const [west, south, east, north] = wanted.within;
		for (const [lon, lat] of positions) {
			expect(lon).toBeGreaterThanOrEqual(west);
			expect(lon).toBeLessThanOrEqual(east);
			expect(lat).toBeGreaterThanOrEqual(south);
			expect(lat).toBeLessThanOrEqual(north);
		}
		expect(() => areaLayer([{ ...wanted, country: 'Atlantis' }], countries, 'T')).toThrow('not a country');
		expect(() => areaLayer([{ ...wanted, within: [0, 0, 1, 1] }], countries, 'T')).toThrow('no shape inside');
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

	it('is drawn into static maps at the zooms the live map shows it, clear of the story markers', () => {
		const point = (
			id: string,
			kind: ReferenceFeature['properties']['kind'],
			at: [number, number]
		): ReferenceFeature => ({
			type: 'Feature',
			properties: { id, name: id.toUpperCase(), kind, source: 'T' },
			geometry: { type: 'Point', coordinates: at }
		});
		const features = [
			point('town', 'town', [0.5, 0]),
			point('crowded', 'town', [-0.5, 0]),
			point('sea', 'sea', [0, 20])
		];
		const drawn = (zoom: number, dir: 'ltr' | 'rtl' = 'ltr') => {
			const projection = geoMercator()
				.scale((512 * 2 ** zoom) / (2 * Math.PI))
				.center([0, 0])
				.translate([480, 320]);
			const marker = projection([-0.5, 0])! as [number, number];
			return referenceSvg(features, {
				projection,
				path: geoPath(projection),
				zoom,
				width: 960,
				height: 640,
				colors: PALETTES.light,
				markers: [marker],
				taken: [],
				dir
			});
		};
		const regional = drawn(SEA_LABEL_ZOOMS[0] + 0.5);
		expect(regional).toContain('>SEA<');
		expect(regional).not.toContain('>TOWN<');
		const close = drawn(REFERENCE_MIN_ZOOM + 0.5);
		expect(close).toContain('>TOWN<');
		expect(close).not.toContain('>CROWDED<');
		// Right to left, a town's name goes before its dot: on its left, ending there.
		const at = (svg: string) => {
			const [, dot] = /<circle cx="([\d.]+)"/.exec(svg)!;
			const [, x, anchor] =
				/<text x="([\d.]+)" y="[\d.]+" class="context"( text-anchor="end")?>[^<]*TOWN/.exec(svg)!;
			return { dot: Number(dot), x: Number(x), end: Boolean(anchor) };
		};
		const ltr = at(close);
		expect(ltr.x).toBeGreaterThan(ltr.dot);
		expect(ltr.end).toBe(false);
		const rtl = at(drawn(REFERENCE_MIN_ZOOM + 0.5, 'rtl'));
		expect(rtl.x).toBeLessThan(rtl.dot);
		expect(rtl.end).toBe(true);
	});
});

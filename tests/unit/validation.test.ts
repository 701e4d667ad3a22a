import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentError } from '../../src/lib/story/errors.ts';
import { MAX_FRAMED_ZOOM } from '../../src/lib/story/parseStory.ts';
import { COAST_TOLERANCE_KM } from '../../src/lib/server/validateContent.ts';
import { loadContent } from '../../src/lib/server/content.ts';
import { problemsWith, SAMPLE_STORY, sampleLayers, withFeature } from './helpers.ts';

describe('the shipped story', () => {
	it('loads with no problems', () => {
		const content = loadContent();
		expect(content.story.steps.length).toBeGreaterThanOrEqual(8);
		expect(content.story.steps.length).toBeLessThanOrEqual(12);
		for (const layer of ['kerman', 'baghdad-airport', 'yemen', 'afghanistan', 'israel'])
			expect(content.layers.map((l) => l.id)).toContain(layer);
	});
});

describe('a valid sample', () => {
	it('has no problems', () => {
		expect(problemsWith(SAMPLE_STORY)).toEqual([]);
	});
});

describe('story problems name the file, the step and the field', () => {
	it('unknown place ids in focus, highlight, arcs and distanceFrom', () => {
		const story = SAMPLE_STORY.replace('focus: capital\n', 'focus: capitol\nhighlight: nowhere\n')
			.replace('capital -> port', 'capital -> harbour')
			.replace('distanceFrom: capital', 'distanceFrom: centre');
		expect(problemsWith(story)).toEqual([
			'story.aml, field "distanceFrom": unknown place id "centre"',
			'story.aml, step "first", field "focus": unknown place id "capitol"',
			'story.aml, step "first", field "highlight": unknown place id "nowhere"',
			'story.aml, step "second", field "arcs": unknown place id "harbour"'
		]);
	});

	it('places, layers and arcs listed twice in one step', () => {
		const story = SAMPLE_STORY.replace('focus: capital, port', 'focus: capital, port, capital')
			.replace('layers: land', 'layers: land, land')
			.replace('arcs: capital -> port: A link', 'arcs: capital -> port: A link; capital ~> port');
		expect(problemsWith(story)).toEqual([
			'story.aml, step "first", field "layers": "land" is listed more than once',
			'story.aml, step "second", field "focus": "capital" is listed more than once',
			'story.aml, step "second", field "highlight": "capital" is listed more than once',
			'story.aml, step "second", field "arcs": "capital -> port" is listed more than once'
		]);
	});

	it('duplicate step ids', () => {
		const story = SAMPLE_STORY.replace('id: second', 'id: first');
		expect(problemsWith(story)).toContain('story.aml, step "first", field "id": duplicate step id');
	});

	it('missing text', () => {
		const story = SAMPLE_STORY.replace('title: Test story\n', '').replace(
			'text: Then at the port.\n:end',
			''
		);
		expect(problemsWith(story)).toEqual([
			'story.aml, field "title": missing text',
			'story.aml, step "second", field "text": missing text (end a multi-line text with ":end")'
		]);
	});

	it('malformed dates', () => {
		const story = SAMPLE_STORY.replace('published: 2024-02-01', 'published: 1 Feb 2024').replace(
			'date: 2024-01-03\nfocus',
			'date: 2024-02-30\nfocus'
		);
		expect(problemsWith(story)).toEqual([
			'story.aml, field "published": "1 Feb 2024" is not a date written YYYY-MM-DD',
			'story.aml, step "first", field "date": "2024-02-30" is not a date written YYYY-MM-DD'
		]);
	});

	it('unknown layer names', () => {
		const story = SAMPLE_STORY.replace('layers: land', 'layers: land, ocean');
		expect(problemsWith(story)).toEqual([
			'story.aml, step "first", field "layers": unknown layer "ocean" (known: land, sea)'
		]);
	});

	it('unknown fields, malformed arcs, unsafe links and camera values', () => {
		const story = SAMPLE_STORY.replace('focus: capital\n', 'focus: capital\nfocsu: port\nmaxZoom: 40\n')
			.replace('capital -> port: A link', 'capital to port')
			.replace('https://example.org/capital', 'javascript:evil');
		expect(problemsWith(story)).toEqual([
			'story.aml, step "first", field "focsu": unknown field (known: id, title, date, dateLabel, text, focus, layers, highlight, arcs, bearing, pitch, maxZoom, zoom, center, explore, mapDescription)',
			'story.aml, step "first", field "text": link "javascript:evil" must be an http(s) address or a #anchor',
			'story.aml, step "first", field "maxZoom": "40" is not a number from 0 to 22',
			'story.aml, step "second", field "arcs": "capital to port" is not "from -> to: label" (or "~>" for a schematic route)'
		]);
	});

	it('a framed camera closer than the basemap can fill, but not a fixed shot', () => {
		const tooClose = SAMPLE_STORY.replace(
			'focus: capital\n',
			`focus: capital\nmaxZoom: ${MAX_FRAMED_ZOOM + 1}\n`
		);
		expect(problemsWith(tooClose)).toEqual([
			`story.aml, step "first", field "maxZoom": ${MAX_FRAMED_ZOOM + 1} is closer than the basemap can fill (its finest scale, 1:10m, holds up to zoom ${MAX_FRAMED_ZOOM}): lower it, or give "center" and "zoom" for a fixed closer shot`
		]);
		const atLimit = SAMPLE_STORY.replace('focus: capital\n', `focus: capital\nmaxZoom: ${MAX_FRAMED_ZOOM}\n`);
		expect(problemsWith(atLimit)).toEqual([]);
		const fixedShot = SAMPLE_STORY.replace('focus: capital\n', 'focus: capital\ncenter: 10, 10\nzoom: 13\n');
		expect(problemsWith(fixedShot)).toEqual([]);
	});

	it('a story with no steps', () => {
		expect(
			problemsWith(
				'title: T\ndek: D\nbyline: B\npublished: 2024-01-01\n[sources]\noutlet: X\ndate: 1 Jan 2024\n[]'
			)
		).toEqual(['story.aml, field "steps": the story needs at least one step in [steps]']);
	});
});

describe('geo problems name the file, the feature and the field', () => {
	it('duplicate feature ids across layers', () => {
		const layers = withFeature('sea', 0, (f) => (f.properties.id = 'capital'));
		expect(
			problemsWith(SAMPLE_STORY.replace(', port', '').replace('capital -> port: A link', ''), layers)
		).toContain('geo/sea.geojson, feature "capital", field "id": duplicate id (also in geo/land.geojson)');
	});

	it('invalid and out-of-range coordinates', () => {
		expect(
			problemsWith(
				SAMPLE_STORY,
				withFeature('sea', 0, (f) => (f.geometry.coordinates = [12, 95]))
			)
		).toContain(
			'geo/sea.geojson, feature "port", field "geometry": latitude 95 is outside -90..90 (is it [lat, lon]?)'
		);
		expect(
			problemsWith(
				SAMPLE_STORY,
				withFeature('sea', 0, (f) => (f.geometry.coordinates = [200, 12]))
			)
		).toContain('geo/sea.geojson, feature "port", field "geometry": longitude 200 is outside -180..180');
		expect(
			problemsWith(
				SAMPLE_STORY,
				withFeature('sea', 0, (f) => (f.geometry.coordinates = ['30', 12]))
			)
		).toContain('geo/sea.geojson, feature "port", field "geometry": position ["30",12] is not numeric');
		expect(
			problemsWith(
				SAMPLE_STORY,
				withFeature('land', 0, (f) => f.geometry.coordinates[0].pop())
			)
		).toContain('geo/land.geojson, feature "square", field "geometry": a polygon ring must be closed');
	});

	it('a point outside the country it claims, with how far outside it is', () => {
		const layers = withFeature('land', 1, (f) => (f.geometry.coordinates = [25, 15]));
		const km = ((25 - 20) * 111.32 * Math.cos((15 * Math.PI) / 180)).toFixed(1);
		expect(problemsWith(SAMPLE_STORY, layers)).toEqual([
			`geo/land.geojson, feature "capital", field "geometry": [25,15] is ${km} km outside "square" (a coastal place may lie up to ${COAST_TOLERANCE_KM} km off its generalized shape; check the coordinates, which GeoJSON writes [lon, lat])`
		]);
	});

	it('a coastal place a little off its generalized country shape, but not one further out', () => {
		// The square's east edge is at 20°E; a degree of longitude at 15°N is 107.5 km.
		const kmEast = (km: number) => 20 + km / (111.32 * Math.cos((15 * Math.PI) / 180));
		const near = withFeature(
			'land',
			1,
			(f) => (f.geometry.coordinates = [kmEast(COAST_TOLERANCE_KM - 1), 15])
		);
		expect(problemsWith(SAMPLE_STORY, near)).toEqual([]);
		const far = withFeature(
			'land',
			1,
			(f) => (f.geometry.coordinates = [kmEast(COAST_TOLERANCE_KM + 3), 15])
		);
		expect(problemsWith(SAMPLE_STORY, far)).toEqual([
			expect.stringContaining(`is ${(COAST_TOLERANCE_KM + 3).toFixed(1)} km outside "square"`)
		]);
	});

	it('a country reference that is not a shape', () => {
		const layers = withFeature('land', 1, (f) => (f.properties.country = 'port'));
		expect(problemsWith(SAMPLE_STORY, layers)).toEqual([
			'geo/land.geojson, feature "capital", field "country": "port" is not the id of a country shape in geo/'
		]);
	});

	it('missing text, bad precision, bad dates and sources in feature properties', () => {
		const layers = withFeature('sea', 0, (f) => {
			delete f.properties.name;
			f.properties.precision = 'roughly';
			f.properties.date = '2024-13-01';
			f.properties.sources = [{ outlet: 'Wire', date: '1 Jan 2024', url: 'ftp://x' }];
		});
		expect(problemsWith(SAMPLE_STORY, layers)).toEqual([
			'geo/sea.geojson, feature "port", field "name": missing text',
			'geo/sea.geojson, feature "port", field "precision": must be one of exact, city, area, uncertain',
			'geo/sea.geojson, feature "port", field "date": "2024-13-01" is not a date written YYYY-MM-DD',
			'geo/sea.geojson, feature "port", field "sources": source 1 has a "url" that is not an http(s) address'
		]);
	});

	it('features without a stable id, and files that are not FeatureCollections', () => {
		const layers = withFeature('sea', 0, (f) => (f.properties.id = 'Port 1'));
		expect(
			problemsWith(SAMPLE_STORY.replace(', port', '').replace('capital -> port: A link', ''), layers)
		).toContain(
			'geo/sea.geojson, feature #1, field "id": "Port 1" is not a stable id (lowercase words joined by "-")'
		);
		const notCollection = { ...sampleLayers(), sea: { type: 'Feature' } };
		expect(
			problemsWith(SAMPLE_STORY.replace(', port', '').replace('capital -> port: A link', ''), notCollection)
		).toEqual(['geo/sea.geojson, field "type": must be a GeoJSON FeatureCollection']);
	});
});

describe('loadContent reads files', () => {
	it('reports a broken JSON file by name and stops with a ContentError', () => {
		const root = mkdtempSync(join(tmpdir(), 'storymap-'));
		mkdirSync(join(root, 'geo'));
		mkdirSync(join(root, 'content'));
		writeFileSync(join(root, 'content/story.aml'), SAMPLE_STORY);
		for (const [id, layer] of Object.entries(sampleLayers()))
			writeFileSync(join(root, `geo/${id}.geojson`), JSON.stringify(layer));
		writeFileSync(join(root, 'geo/broken.geojson'), '{ "type": "FeatureCollection", ');
		const load = () => loadContent({ root, storyFile: 'content/story.aml', geoDir: 'geo' });
		expect(load).toThrow(ContentError);
		expect(load).toThrow(/geo\/broken\.geojson: is not valid JSON/);
	});
});

import { readFileSync } from 'node:fs';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { describe, expect, it } from 'vitest';
import { cameraLines, maxZoomLine } from '../../scripts/studio/cameraLines.ts';
import { idFromName, placeFromClick, precisionAt } from '../../scripts/studio/placeFeature.ts';
import { contentPaths, loadContent } from '../../src/lib/server/content.ts';
import { parseStory } from '../../src/lib/story/parseStory.ts';
import { validateLayer } from '../../src/lib/story/validateLayer.ts';

const pacific = loadContent(contentPaths({ STORY_DIR: 'tests/fixtures/pacific' }));

describe("the studio's camera lines", () => {
	it('parse back, as a step of the story, to the camera they were copied from', () => {
		const lines = cameraLines([173.55162, -16.75301], 6.4321, 30.4, 20);
		expect(lines).toBe('center: 173.55162, -16.75301\nzoom: 6.43\nbearing: 30\npitch: 20');
		// Pasted under a step's id in a story file, they are that step's camera.
		const file = 'tests/fixtures/pacific/story.aml';
		const step = pacific.story.steps[1];
		const source = readFileSync(file, 'utf8').replace(`id: ${step.id}\n`, `id: ${step.id}\n${lines}\n`);
		const { story, issues } = parseStory(file, source);
		expect(issues).toEqual([]);
		expect(story!.steps[1].camera).toMatchObject({
			center: [173.55162, -16.75301],
			zoom: 6.43,
			bearing: 30,
			pitch: 20
		});
	});

	it('leave out a bearing and pitch of zero, and keep a maxZoom within what the basemap fills', () => {
		expect(cameraLines([1, 2], 3)).toBe('center: 1, 2\nzoom: 3');
		expect(maxZoomLine(7.26)).toBe('maxZoom: 7.3');
		expect(maxZoomLine(14)).toBe('maxZoom: 10');
	});
});

describe('a place from a click', () => {
	const country = pacific.layers
		.flatMap((l) => l.features)
		.find((f) => f.properties.kind === 'country' && f.geometry.type !== 'Point')!;
	// A point inside the country's first polygon: the first of a grid over its bounds that is.
	const shape = country.geometry as GeoJSON.Polygon | GeoJSON.MultiPolygon;
	const polygon = (shape.type === 'MultiPolygon' ? shape.coordinates[0] : shape.coordinates) as [
		number,
		number
	][][];
	const [xs, ys] = [0, 1].map((axis) => polygon[0].map((p) => p[axis]));
	const grid = Array.from({ length: 400 }, (_, i): [number, number] => [
		Math.min(...xs) + ((i % 20) + 0.5) * ((Math.max(...xs) - Math.min(...xs)) / 20),
		Math.min(...ys) + (Math.floor(i / 20) + 0.5) * ((Math.max(...ys) - Math.min(...ys)) / 20)
	]);
	const inside = grid.find((p) => booleanPointInPolygon(p, { type: 'Polygon', coordinates: polygon }))!;

	it('takes its id from its name, numbered when taken, and its precision from the zoom', () => {
		expect(idFromName("Martyrs' Cemetery, Kerman")).toBe('martyrs-cemetery-kerman');
		expect(idFromName('Nuku‘alofa Wharf')).toBe('nuku-alofa-wharf');
		const taken = new Set(['harbour']);
		expect(placeFromClick([0, 0], 'Harbour', 5, [], taken).feature.properties!.id).toBe('harbour-2');
		expect([precisionAt(13), precisionAt(9), precisionAt(4)]).toEqual(['exact', 'city', 'area']);
	});

	it("names the story's country feature it lies in, and lists the words still to write", () => {
		const place = placeFromClick(inside, 'New spot', 10, pacific.layers, new Set());
		expect(place.feature.properties!.country).toBe(country.properties.id);
		expect(place.toFill.join(' ')).toMatch(/kind.*summary.*sources/);
		const layer = pacific.layers[0];
		const file = `geo/${layer.id}.geojson`;
		const json = { type: 'FeatureCollection', title: layer.title, features: [place.feature] };
		expect(
			validateLayer(file, layer.id, json)
				.issues.map((i) => i.field)
				.sort()
		).toEqual(['kind', 'sources', 'summary']);
		const away = placeFromClick([-150, -80], 'Far away', 3, pacific.layers, new Set());
		expect(away.feature.properties!.country).toBeUndefined();
	});
});

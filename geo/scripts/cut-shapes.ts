/**
 * Regenerates the geometry of geo/*.geojson that is derived rather than
 * placed by hand: country shapes cut from Natural Earth 50m (world-atlas) and
 * uncertainty circles. Run `npm run geo:shapes` after adding a country or
 * changing a circle; `npm run geo:shapes -- --check` fails if the committed
 * files are out of date (tests/unit/geo-reproducible.test.ts does the same).
 * With STORY_DIR set, it works on that story's geo/ instead.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Topology } from 'topojson-specification';
import { countryShapes, formatLayer, refreshDerivedGeometry } from '../../src/lib/geo/shapes.ts';

// STORY_DIR regenerates another story's geo/ (e.g. STORY_DIR=tests/fixtures/pacific).
const geoDir = process.env.STORY_DIR
	? join(import.meta.dirname, '../..', process.env.STORY_DIR, 'geo')
	: join(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const topology = require('world-atlas/countries-50m.json') as Topology;
const shapes = countryShapes(topology);
const check = process.argv.includes('--check');

let stale = 0;
for (const name of readdirSync(geoDir)
	.filter((n) => n.endsWith('.geojson'))
	.sort()) {
	const path = join(geoDir, name);
	const current = readFileSync(path, 'utf8');
	const next = formatLayer(refreshDerivedGeometry(JSON.parse(current), shapes));
	if (next === current) continue;
	stale++;
	if (check) console.error(`geo/${name} is out of date: run npm run geo:shapes`);
	else {
		writeFileSync(path, next);
		console.log(`geo/${name} updated`);
	}
}
if (check && stale > 0) process.exit(1);

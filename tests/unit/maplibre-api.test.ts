import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

// A canary: an upgrade that renames or removes a MapLibre API the map uses fails here, by name.
// MapLibre needs a browser to run, so this reads its published type declarations.
const require = createRequire(import.meta.url);
const types = readFileSync(require.resolve('maplibre-gl/dist/maplibre-gl.d.ts'), 'utf8');

describe('the MapLibre API the story map relies on', () => {
	it.each(['setWorkerUrl', 'AttributionControl'])('exports %s', (name) => {
		expect(types).toMatch(
			new RegExp(`export declare (class|function) ${name}\\b|export \\{[^}]*\\b${name}\\b`)
		);
	});

	it.each([
		'flyTo',
		'jumpTo',
		'setPaintProperty',
		'setLayoutProperty',
		'setFilter',
		'getSource',
		'queryRenderedFeatures',
		'getCenter',
		'getBounds',
		'addControl',
		'addImage',
		'hasImage',
		'setMissingStyleImageResolver',
		'remove'
	])('Map has %s()', (method) => {
		expect(types).toMatch(new RegExp(`\\n\\s+${method}[<(]`));
	});

	it('ships the worker the build imports as an asset', () => {
		expect(() => require.resolve('maplibre-gl/dist/maplibre-gl-worker.mjs')).not.toThrow();
	});
});

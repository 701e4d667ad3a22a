import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export const prerender = true;

/**
 * MapLibre's right-to-left text plugin (`@mapbox/mapbox-gl-rtl-text`, BSD-2-Clause),
 * served from the site: Persian and Arabic labels are joined and ordered by it.
 * Its UMD build is served unchanged under an `.mjs` name because MapLibre's
 * workers import `.mjs` plugins as modules, and fetch-and-`eval` anything else,
 * which the CSP (no 'unsafe-eval') forbids. As a module it finds no `exports` or
 * `define` and registers itself with the worker's `registerRTLTextPlugin`.
 * The package exports only its source, so the built file is found beside it.
 */
export function GET() {
	const source = createRequire(import.meta.url).resolve('@mapbox/mapbox-gl-rtl-text');
	const file = join(dirname(source), '..', 'dist', 'mapbox-gl-rtl-text.js');
	return new Response(readFileSync(file, 'utf8'), {
		headers: { 'content-type': 'text/javascript; charset=utf-8' }
	});
}

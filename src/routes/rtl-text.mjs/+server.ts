import { rtlTextPluginSource } from '$lib/server/rtlShaping';

export const prerender = true;

/**
 * MapLibre's right-to-left text plugin (`@mapbox/mapbox-gl-rtl-text`, BSD-2-Clause),
 * served from the site: Persian and Arabic labels are joined and ordered by it.
 * Its UMD build is served unchanged under an `.mjs` name because MapLibre's
 * workers import `.mjs` plugins as modules, and fetch-and-`eval` anything else,
 * which the CSP (no 'unsafe-eval') forbids. As a module it finds no `exports` or
 * `define` and registers itself with the worker's `registerRTLTextPlugin`.
 */
export function GET() {
	return new Response(rtlTextPluginSource(), {
		headers: { 'content-type': 'text/javascript; charset=utf-8' }
	});
}

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

interface RtlTextPlugin {
	applyArabicShaping(text: string): string;
	processBidirectionalText(text: string, lineBreaks: number[]): string[];
}

let plugin: Promise<RtlTextPlugin> | undefined;

/**
 * The plugin's built script (`@mapbox/mapbox-gl-rtl-text`, BSD-2-Clause): the
 * package exports only its source, so the build is found beside it.
 */
export function rtlTextPluginSource(): string {
	const source = createRequire(import.meta.url).resolve('@mapbox/mapbox-gl-rtl-text');
	return readFileSync(join(dirname(source), '..', 'dist', 'mapbox-gl-rtl-text.js'), 'utf8');
}

/**
 * The right-to-left text plugin the Persian map loads (routes/rtl-text.mjs),
 * run here to learn which characters it hands MapLibre: Arabic letters become
 * their joined presentation forms, and the glyph files must hold those. Its
 * built file is a UMD script with the ICU WebAssembly inside; given a
 * `module`, it exports a promise of the plugin.
 */
function rtlTextPlugin(): Promise<RtlTextPlugin> {
	plugin ??= (() => {
		const module: { exports: unknown } = { exports: {} };
		new Function('module', 'exports', rtlTextPluginSource())(module, module.exports);
		return Promise.resolve(module.exports as RtlTextPlugin | Promise<RtlTextPlugin>);
	})();
	return plugin;
}

/** A label as the plugin hands it to MapLibre's glyph lookup: shaped, then in visual order. */
export async function shapedForDisplay(text: string): Promise<string> {
	const rtl = await rtlTextPlugin();
	return rtl.processBidirectionalText(rtl.applyArabicShaping(text), []).join('');
}

import { execFileSync } from 'node:child_process';
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
	return readFileSync(rtlTextPluginFile(), 'utf8');
}

function rtlTextPluginFile(): string {
	const source = createRequire(import.meta.url).resolve('@mapbox/mapbox-gl-rtl-text');
	return join(dirname(source), '..', 'dist', 'mapbox-gl-rtl-text.js');
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

/** The same script, run in a child process so that a synchronous caller can wait for it. */
const SHAPE_IN_CHILD = `
const { readFileSync } = require('node:fs');
const plugin = { exports: {} };
new Function('module', 'exports', readFileSync(process.argv[1], 'utf8'))(plugin, plugin.exports);
Promise.resolve(plugin.exports).then((rtl) => {
	const texts = JSON.parse(readFileSync(0, 'utf8'));
	process.stdout.write(JSON.stringify(texts.map((t) => rtl.processBidirectionalText(rtl.applyArabicShaping(t), []).join(''))));
});`;

/**
 * `shapedForDisplay` for many labels at once, synchronously (the plugin's
 * WebAssembly starts only asynchronously): for measuring names where content
 * is loaded, which is synchronous. Texts without right-to-left letters are
 * returned as they are, without starting the plugin.
 */
export function shapedForDisplaySync(texts: string[]): string[] {
	const rtl = texts.filter((text) => RIGHT_TO_LEFT.test(text));
	if (rtl.length === 0) return texts;
	const shaped: string[] = JSON.parse(
		execFileSync(process.execPath, ['-e', SHAPE_IN_CHILD, rtlTextPluginFile()], {
			input: JSON.stringify(rtl)
		}).toString()
	);
	const byText = new Map(rtl.map((text, i) => [text, shaped[i]]));
	return texts.map((text) => byText.get(text) ?? text);
}

/** Arabic-script and Hebrew letters: what the plugin reshapes or reorders. */
const RIGHT_TO_LEFT = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;

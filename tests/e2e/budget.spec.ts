// Byte budgets of the build output, and what it must not hold (deterministic: no browser, no timing).
// Runs after the Playwright web server has built the site into build/.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { firstViewAssets, totals } from '../../bench/lib/firstView.ts';
import { loadContent } from '../../src/lib/server/content.ts';

const KB = 1024;
// The first view: the page, its CSS, the code it starts with and the poster that stands in
// for the map. The live map (its code, MapLibre and its data) loads when the reader
// engages or the page is idle, so it is budgeted apart. 117 KB before the poster took
// the live map's code and data out of the first view (-40 KB, +7.8 KB for the poster)
// and the appendix stopped being hydrated (its code and the dialog's load on demand);
// 84.9 KB before the poster's paths were written relatively (poster 7.8 -> 5.0 KB), the
// places' details and the story's foot left the page's data for reading.json (page 17.0 ->
// 14.3 KB, for about 0.5 KB more code) and the poster's fade stopped needing Svelte's
// transitions (runtime 21.2 -> 20.1 KB). What is left is mostly the frameworks' runtimes
// (33 KB), the page itself (14 KB: 6 KB of it the prerendered appendix, 5 KB hydration
// data, most of that the steps' words) and the poster (5 KB);
// the target is 60 KB.
const BUDGET_FIRST_VIEW = 80 * KB;
const BUDGET_ALL = 600 * KB;

test('the first view fits its byte budgets (gzip)', () => {
	const assets = firstViewAssets('build');
	const { firstView, all } = totals(assets);
	const rows = assets.map(
		(a) => `  ${a.group.padEnd(8)} ${(a.gzip / KB).toFixed(1).padStart(7)} KB  ${a.file}`
	);
	console.log(
		[
			'First view, gzip:',
			...rows,
			`  first view:              ${(firstView / KB).toFixed(1)} KB (budget ${BUDGET_FIRST_VIEW / KB} KB)`,
			`  with the live map:       ${(all / KB).toFixed(1)} KB (budget ${BUDGET_ALL / KB} KB)`
		].join('\n')
	);
	expect(assets.filter((a) => a.group === 'maplibre').length, 'MapLibre main, worker and CSS found').toBe(3);
	expect(assets.filter((a) => a.group === 'poster').length, "the first step's poster found").toBe(1);
	expect(
		assets.filter((a) => a.group === 'live map' && a.file.endsWith('.js')).length,
		"the live map's code found, apart from the first view"
	).toBeGreaterThan(0);
	expect(firstView).toBeLessThanOrEqual(BUDGET_FIRST_VIEW);
	expect(all).toBeLessThanOrEqual(BUDGET_ALL);
});

/** Every text file of a built folder. */
function textFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true })
		.flatMap((entry) => (entry.isDirectory() ? textFiles(join(dir, entry.name)) : [join(dir, entry.name)]))
		.filter((file) => /\.(html|js|mjs|css|json|svg)$/.test(file));
}

test('the build holds nothing of the studio: no route, no code, no words of it', () => {
	const texts = textFiles('build');
	expect(texts.length).toBeGreaterThan(10);
	expect(existsSync('build/studio'), 'a studio route').toBe(false);
	// Words only the studio's page, its client and its server answer hold.
	const studioWords = ['__studio', 'storymap:studio', 'Copy camera', 'Reset to its frame'];
	for (const file of texts) {
		const text = readFileSync(file, 'utf8');
		for (const words of studioWords) expect(text.includes(words), `${file} holds "${words}"`).toBe(false);
	}
});

test('a story without a basemap archive ships none of its code, and reads from its own origin only', () => {
	expect(loadContent().story.basemap, 'this build is of a story without an archive').toBeUndefined();
	const scripts = textFiles('build/_app').filter((file) => /\.m?js$/.test(file));
	expect(scripts.length).toBeGreaterThan(5);
	// Words only the archive's code holds: the pmtiles reader, Protomaps' style, the map's archive layers.
	const archiveWords = ['pmtiles://', 'PMTiles', 'newsroom-roads', 'roads_runway'];
	for (const file of scripts) {
		const text = readFileSync(file, 'utf8');
		for (const words of archiveWords) expect(text.includes(words), `${file} holds "${words}"`).toBe(false);
	}
	const page = readFileSync('build/index.html', 'utf8');
	expect(page).toMatch(/connect-src 'self';/);
	// Its pages' data carry nothing of the feature either: pages as before it (docs/basemap.md).
	const pages = textFiles('build').filter((file) => /(__data\.json|\.html)$/.test(file));
	expect(pages.length).toBeGreaterThan(5);
	for (const file of pages)
		for (const words of ['archiveNames', 'basemap:', '"basemap"'])
			expect(readFileSync(file, 'utf8').includes(words), `${file} holds "${words}"`).toBe(false);
});

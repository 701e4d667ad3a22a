/**
 * What a reader's first view downloads, read from the build output (no
 * browser): the page, its CSS, the scripts it loads at start (following static
 * imports, not dynamic ones) and the poster that stands in for the map; and,
 * apart, what the live map adds when it takes over: its code (the chunk that
 * loads MapLibre, and what it imports that the first view does not), MapLibre's
 * module, worker and stylesheet, and the map data it fetches first.
 * Deterministic, so the budgets can be tests.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Asset {
	file: string;
	group: 'page' | 'css' | 'js' | 'poster' | 'live map' | 'maplibre';
	bytes: number;
	gzip: number;
}

/** Map data the live map fetches first; the 1:50m detail comes after it. */
export const LIVE_MAP_DATA = ['story-geo.json', 'basemap.json'];

const isMapLibre = (file: string) => /maplibre-gl/.test(file);
const CHUNKS = '_app/immutable';

function asset(buildDir: string, file: string, group: Asset['group']): Asset {
	const content = readFileSync(join(buildDir, file));
	return { file, group, bytes: content.length, gzip: gzipSync(content, { level: 9 }).length };
}

/** Static imports of an ES module chunk, resolved relative to it. */
function staticImports(buildDir: string, file: string): string[] {
	const code = readFileSync(join(buildDir, file), 'utf8');
	const found = new Set<string>();
	for (const match of code.matchAll(
		/(?:import|export)\s*(?:[\w*{}\s,$]*?from\s*)?["'](\.{1,2}\/[^"']+)["']/g
	))
		found.add(normalize(join(dirname(file), match[1])));
	return [...found];
}

/** `entries` and every chunk they import statically (MapLibre's own files aside). */
function staticGraph(buildDir: string, entries: string[], skip: Set<string> = new Set()): string[] {
	const seen = new Set<string>();
	const queue = entries.filter((file) => !isMapLibre(file));
	while (queue.length > 0) {
		const file = queue.shift()!;
		if (seen.has(file) || skip.has(file) || !existsSync(join(buildDir, file))) continue;
		seen.add(file);
		queue.push(...staticImports(buildDir, file).filter((f) => !isMapLibre(f)));
	}
	return [...seen];
}

function filesUnder(buildDir: string, dir: string): string[] {
	const full = join(buildDir, dir);
	if (!existsSync(full)) return [];
	return readdirSync(full, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && entry.name.endsWith('.js'))
		.map((entry) => normalize(join(entry.parentPath, entry.name)).slice(normalize(buildDir).length + 1));
}

export function firstViewAssets(buildDir: string, page = 'index.html'): Asset[] {
	const html = readFileSync(join(buildDir, page), 'utf8');
	const fromPage = (ref: string) => normalize(join(dirname(page), ref.replace(/^\.\//, '')));
	const assets: Asset[] = [asset(buildDir, page, 'page')];

	const links = (rel: string) =>
		[...html.matchAll(/<link\b[^>]*>/g)]
			.map((m) => m[0])
			.filter((tag) => tag.includes(`rel="${rel}"`))
			.map((tag) => /href="([^"]+)"/.exec(tag)![1]);
	for (const file of links('stylesheet').map(fromPage)) assets.push(asset(buildDir, file, 'css'));

	const entries = [
		...links('modulepreload'),
		...[...html.matchAll(/import\("([^"]+)"\)/g)].map((m) => m[1])
	].map((ref) => (ref.startsWith('/') ? ref.slice(1) : fromPage(ref)));
	const firstView = staticGraph(buildDir, entries);
	for (const file of firstView) assets.push(asset(buildDir, file, 'js'));

	// The poster the page shows first (a phone's: the smaller, and the one the benchmark's phone loads).
	const poster = /<img\b[^>]*src="([^"]*posters\/phone\/[^"]+\.svg)"/.exec(html)?.[1];
	if (poster) assets.push(asset(buildDir, fromPage(poster), 'poster'));

	// The live map's code: the chunk that names MapLibre's module, and what it brings.
	const mapLibreFiles = readdirSafe(join(buildDir, CHUNKS, 'assets')).filter(
		(name) => isMapLibre(name) && /\.(mjs|css)$/.test(name)
	);
	const code = new Map(
		filesUnder(buildDir, CHUNKS).map((file) => [file, readFileSync(join(buildDir, file), 'utf8')])
	);
	const mapChunks = [...code.keys()].filter((file) =>
		mapLibreFiles.some((name) => name.endsWith('.mjs') && code.get(file)!.includes(name))
	);
	// The module, the worker and the stylesheet the map's code names (other views may name others).
	const mapLibreNames = mapLibreFiles.filter((name) =>
		mapChunks.some((file) => code.get(file)!.includes(name))
	);
	const inFirstView = new Set(firstView);
	for (const file of staticGraph(buildDir, mapChunks, inFirstView))
		assets.push(asset(buildDir, file, 'live map'));
	for (const file of LIVE_MAP_DATA) assets.push(asset(buildDir, join(dirname(page), file), 'live map'));
	for (const name of mapLibreNames) assets.push(asset(buildDir, `${CHUNKS}/assets/${name}`, 'maplibre'));
	return assets;
}

function readdirSafe(dir: string): string[] {
	return existsSync(dir) ? readdirSync(dir) : [];
}

export function totals(assets: Asset[]) {
	const sum = (list: Asset[]) => list.reduce((total, a) => total + a.gzip, 0);
	return {
		/** What the reader's first view downloads: the page, its code and the poster. */
		firstView: sum(assets.filter((a) => a.group !== 'maplibre' && a.group !== 'live map')),
		/** The first view and everything the live map adds when it takes over. */
		all: sum(assets)
	};
}

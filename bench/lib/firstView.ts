/**
 * What a reader's first view downloads, read from the build output (no
 * browser): the page, its CSS, the scripts it loads at start (following static
 * imports, not dynamic ones), the map data it fetches first, and MapLibre.
 * Deterministic, so the budgets can be tests.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Asset {
	file: string;
	group: 'page' | 'css' | 'js' | 'data' | 'maplibre';
	bytes: number;
	gzip: number;
}

/** Map data the first view fetches; the 1:50m detail comes after it. */
export const FIRST_VIEW_DATA = ['story-geo.json', 'basemap.json'];

const isMapLibre = (file: string) => /maplibre-gl/.test(file);

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
	const seen = new Set<string>();
	const queue = entries.filter((file) => !isMapLibre(file));
	while (queue.length > 0) {
		const file = queue.shift()!;
		if (seen.has(file) || !existsSync(join(buildDir, file))) continue;
		seen.add(file);
		assets.push(asset(buildDir, file, 'js'));
		queue.push(...staticImports(buildDir, file).filter((f) => !isMapLibre(f)));
	}

	for (const file of FIRST_VIEW_DATA) assets.push(asset(buildDir, join(dirname(page), file), 'data'));

	// MapLibre's module, worker and stylesheet, as the page's scripts name them.
	const loaded = [html, ...[...seen].map((file) => readFileSync(join(buildDir, file), 'utf8'))].join('\n');
	const immutable = '_app/immutable/assets';
	for (const name of readdirSafe(join(buildDir, immutable)))
		if (isMapLibre(name) && /\.(mjs|css)$/.test(name) && loaded.includes(name))
			assets.push(asset(buildDir, `${immutable}/${name}`, 'maplibre'));
	return assets;
}

function readdirSafe(dir: string): string[] {
	return existsSync(dir) ? readdirSync(dir) : [];
}

export function totals(assets: Asset[]) {
	const sum = (list: Asset[]) => list.reduce((total, a) => total + a.gzip, 0);
	return {
		withoutMapLibre: sum(assets.filter((a) => a.group !== 'maplibre')),
		all: sum(assets)
	};
}

/**
 * Builds the classic-architecture baseline (bench/baseline-dist/) from the same
 * story and geo as the site: chapters as a config object rendered in the
 * browser, fixed chapter cameras, MapLibre loaded eagerly, geo unsimplified
 * (Natural Earth 1:50m for the whole world, full-precision GeoJSON).
 */
import { copyFileSync, cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { buildSync } from 'esbuild';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { cameraForBounds } from '../../src/lib/camera/camera.ts';
import { mapStateFor } from '../../src/lib/camera/mapState.ts';
import { loadContent } from '../../src/lib/server/content.ts';
import { storyMapLayout } from '../../src/lib/camera/layout.ts';
import { namesByPlace } from '../../src/lib/camera/stepLabels.ts';
import { loadEdition } from '../../src/lib/server/editions.ts';
import { locatorsFor } from '../../src/lib/server/locators.ts';
import { labelWidthsFor, stepLabelsFor } from '../../src/lib/server/stepLabels.ts';
import { plainText } from '../../src/lib/story/inline.ts';

const require = createRequire(import.meta.url);
const here = import.meta.dirname;

export function buildBaseline(
	outDir = join(here, '../baseline-dist'),
	viewport = { width: 390, height: 844 }
) {
	const { story, layers, arcs, frames } = loadContent();
	rmSync(outDir, { recursive: true, force: true });
	mkdirSync(outDir, { recursive: true });

	const margin = 40;
	const chapters = story.steps.map((step) => {
		// The template hard-codes one camera per chapter, framed for the full screen.
		const camera = step.camera.center
			? mapStateFor(step, frames[step.id], viewport).camera
			: cameraForBounds(
					frames[step.id],
					viewport,
					{ top: margin, right: margin, bottom: margin, left: margin },
					{
						maxZoom: step.camera.maxZoom ?? 8
					}
				);
		return {
			id: step.id,
			title: step.title,
			description: step.body.map((p) => `<p>${plainText(p)}</p>`).join(''),
			location: { center: camera.center, zoom: camera.zoom, bearing: camera.bearing, pitch: camera.pitch }
		};
	});
	const config = { title: story.title, subtitle: story.dek, byline: story.byline, chapters };
	writeFileSync(join(outDir, 'config.js'), `export const config = ${JSON.stringify(config, null, 2)};\n`);

	const world = require('world-atlas/countries-50m.json') as Topology;
	writeFileSync(
		join(outDir, 'world.geojson'),
		JSON.stringify(feature(world, world.objects.countries as GeometryCollection))
	);
	writeFileSync(
		join(outDir, 'story.geojson'),
		JSON.stringify({ type: 'FeatureCollection', features: [...layers.flatMap((l) => l.features), ...arcs] })
	);
	for (const file of ['index.html', 'app.js', 'chapters.js'])
		copyFileSync(join(here, file), join(outDir, file));
	for (const file of ['maplibre-gl.mjs', 'maplibre-gl-worker.mjs', 'maplibre-gl.css'])
		copyFileSync(require.resolve(`maplibre-gl/dist/${file}`), join(outDir, file));
	return outDir;
}

/**
 * The same classic architecture drawing our exact map (sameMap.ts): our style,
 * sources, labels and cameras, for our phone layout's map (the top half of a
 * 390 × 844 screen). Its map data and glyphs are copied from our build in
 * `buildDir`, so both pages draw the same files.
 */
export function buildSameMapBaseline(
	buildDir: string,
	outDir = join(here, '../baseline-same-dist'),
	screen = { width: 390, height: 844 }
) {
	const content = loadEdition('en', undefined, () => {});
	const { story, frames } = content;
	rmSync(outDir, { recursive: true, force: true });
	mkdirSync(outDir, { recursive: true });
	const options = {
		phoneLayout: story.phoneLayout,
		dir: 'ltr' as const,
		rail: story.steps.some((s) => s.date),
		locator: false
	};
	const { map } = storyMapLayout(screen, options);
	const viewport = { width: map.width, height: map.height };
	const labels = stepLabelsFor(content);
	const locators = locatorsFor(content);
	const chapters = story.steps.map((step) => {
		const layout = storyMapLayout(viewport, { ...options, locator: Boolean(locators[step.id]) });
		const state = mapStateFor(step, frames[step.id], viewport, layout.padding, { labels: labels[step.id] });
		return {
			id: step.id,
			title: step.title,
			description: step.body.map((p) => `<p>${plainText(p)}</p>`).join(''),
			state
		};
	});
	const names = [...namesByPlace(content.places, labelWidthsFor(content))];
	const config = {
		title: story.title,
		subtitle: story.dek,
		byline: story.byline,
		chapters,
		layout: options,
		names
	};
	writeFileSync(join(outDir, 'config.js'), `var config = ${JSON.stringify(config)};\n`);
	buildSync({
		entryPoints: [join(here, 'sameMap.ts')],
		bundle: true,
		format: 'esm',
		target: 'es2022',
		minify: true,
		external: ['maplibre-gl'],
		outfile: join(outDir, 'app.js')
	});
	copyFileSync(join(here, 'same-map.html'), join(outDir, 'index.html'));
	for (const file of ['basemap.json', 'story-geo.json', 'basemap-detail.json', 'basemap-close.json'])
		copyFileSync(join(buildDir, file), join(outDir, file));
	cpSync(join(buildDir, 'glyphs'), join(outDir, 'glyphs'), { recursive: true });
	for (const file of ['maplibre-gl.mjs', 'maplibre-gl-worker.mjs', 'maplibre-gl.css'])
		copyFileSync(require.resolve(`maplibre-gl/dist/${file}`), join(outDir, file));
	return outDir;
}

if (process.argv[1] === import.meta.filename) console.log(`Baseline written to ${buildBaseline()}`);

// The classic architecture drawing our exact map: the map library loads first,
// the chapters are rendered from a config object in the browser, and an
// IntersectionObserver moves the map to each chapter — but the map is ours:
// the same style, sources, basemap scales, labels and their sides, highlights,
// arcs and cameras (computed by our code, at build time, for this map's size).
// What differs from our page is only the page around the map. Benchmark only.
import * as maplibregl from 'maplibre-gl';
import type { Topology } from 'topojson-specification';
import type { MapState } from '../../src/lib/camera/mapState.ts';
import type { StepLabel } from '../../src/lib/camera/stepLabels.ts';
import { storyMapLayout } from '../../src/lib/camera/layout.ts';
import { PALETTES } from '../../src/lib/geo/palette.ts';
import { decodeStoryGeo, decodeWorld, type StoryGeoWire } from '../../src/lib/geo/wire.ts';
import { applyLayers, featureIndex, labelRoom } from '../../src/lib/map/applyMapState.ts';
import { BasemapDetail, detailTiersFor } from '../../src/lib/map/basemapDetail.ts';
import { equipMap } from '../../src/lib/map/mapSetup.ts';
import { buildStyle } from '../../src/lib/map/style.ts';
// Plain JavaScript, shared with the classic baseline's app.js.
import { publishCamera, renderChapters } from './chapters.js';

interface SameMapConfig {
	title: string;
	subtitle: string;
	byline: string;
	chapters: { id: string; title: string; description: string; state: MapState }[];
	layout: Parameters<typeof storyMapLayout>[1];
	names: [string, StepLabel][];
}
declare const config: SameMapConfig;

maplibregl.setWorkerUrl('./maplibre-gl-worker.mjs');

renderChapters(config);

const mapElement = document.getElementById('story-map')!;
const [world, wire] = await Promise.all([
	fetch('./basemap.json').then((r) => r.json() as Promise<Topology>),
	fetch('./story-geo.json').then((r) => r.json() as Promise<StoryGeoWire>)
]);
const geo = decodeStoryGeo(wire);
const glyphs = new URL('./glyphs/{fontstack}/{range}.pbf', location.href).href
	.replace(/%7B/g, '{')
	.replace(/%7D/g, '}');
const first = config.chapters[0].state;
const map = new maplibregl.Map({
	container: mapElement,
	style: buildStyle(decodeWorld(world), geo, PALETTES.light, glyphs),
	center: first.camera.center,
	zoom: first.camera.zoom,
	attributionControl: false,
	validateStyle: false
});
equipMap(maplibregl, map, { dir: 'ltr', credit: 'Made with' });
const detail = new BasemapDetail({ region: './basemap-detail.json', close: './basemap-close.json' });
const index = featureIndex(geo);
const names = new Map(config.names);
const viewport = { width: mapElement.clientWidth, height: mapElement.clientHeight };
const room = labelRoom(viewport, (size) => storyMapLayout(size, config.layout), 'ltr', names);

let stepId = config.chapters[0].id;
let applied: MapState | null = null;
publishCamera(map, mapElement, () => stepId);
map.once('load', () => {
	detail.attach(map);
	applyLayers(map, geo, first, null, index, room);
	applied = first;
});
map.once('idle', () => {
	mapElement.dataset.ready = 'true';
	detail.want('region');
});

const observer = new IntersectionObserver(
	(entries) => {
		for (const entry of entries) {
			if (!entry.isIntersecting || !applied) continue;
			const chapter = config.chapters.find((c) => c.id === entry.target.id)!;
			stepId = chapter.id;
			performance.mark('storymap:step-active', { detail: chapter.id });
			map.flyTo({ ...chapter.state.camera });
			applyLayers(map, geo, chapter.state, applied, index, room);
			applied = chapter.state;
			detail.want(...detailTiersFor(chapter.state.camera.zoom));
		}
	},
	// Our page's trigger line on a phone: three quarters down the screen.
	{ rootMargin: '-75% 0px -25% 0px' }
);
for (const chapter of config.chapters) observer.observe(document.getElementById(chapter.id)!);

// The classic story map, as the Mapbox storytelling template builds it: the map
// library loads first (imported eagerly, before anything else runs), then the
// chapters are rendered from the config object, then an IntersectionObserver
// flies the map to each chapter's fixed location. Benchmark only; not shipped.
import * as maplibregl from './maplibre-gl.mjs';
import { config } from './config.js';
import { publishCamera, renderChapters } from './chapters.js';

maplibregl.setWorkerUrl('./maplibre-gl-worker.mjs');

renderChapters(config);

const mapElement = document.getElementById('story-map');
const map = new maplibregl.Map({
	container: mapElement,
	style: {
		version: 8,
		sources: {
			world: { type: 'geojson', data: './world.geojson' },
			story: { type: 'geojson', data: './story.geojson' }
		},
		layers: [
			{ id: 'sea', type: 'background', paint: { 'background-color': '#dfe9ef' } },
			{
				id: 'land',
				type: 'fill',
				source: 'world',
				paint: { 'fill-color': '#f7f4ee', 'fill-outline-color': '#b9b2a6' }
			},
			{
				id: 'story-fill',
				type: 'fill',
				source: 'story',
				filter: ['==', ['geometry-type'], 'Polygon'],
				paint: { 'fill-color': '#e8c9a0', 'fill-opacity': 0.55 }
			},
			{
				id: 'story-lines',
				type: 'line',
				source: 'story',
				filter: ['==', ['geometry-type'], 'LineString'],
				paint: { 'line-color': '#1d3557', 'line-width': 2 }
			},
			{
				id: 'story-points',
				type: 'circle',
				source: 'story',
				filter: ['==', ['geometry-type'], 'Point'],
				paint: { 'circle-radius': 6, 'circle-color': '#8a3324' }
			}
		]
	},
	center: config.chapters[0].location.center,
	zoom: config.chapters[0].location.zoom,
	interactive: false
});

let stepId = config.chapters[0].id;
publishCamera(map, mapElement, () => stepId);
map.once('idle', () => (mapElement.dataset.ready = 'true'));

const observer = new IntersectionObserver(
	(entries) => {
		for (const entry of entries) {
			if (!entry.isIntersecting) continue;
			const chapter = config.chapters.find((c) => c.id === entry.target.id);
			stepId = chapter.id;
			performance.mark('storymap:step-active', { detail: chapter.id });
			map.flyTo(chapter.location);
		}
	},
	{ rootMargin: '-50% 0px -50% 0px' }
);
for (const chapter of config.chapters) observer.observe(document.getElementById(chapter.id));

import { error } from '@sveltejs/kit';
import { clearLayout, locatorPlace, withLocator } from '$lib/camera/layout';
import { mapStateFor } from '$lib/camera/mapState';
import { renderStaticMap } from '$lib/geo/staticMap';
import { PALETTES } from '$lib/map/style';
import { basemapFor, closeBasemapFor } from '$lib/server/basemap';
import { loadContent } from '$lib/server/content';
import { locatorsFor } from '$lib/server/locators';
import { STATIC_MAP_SIZE } from '$lib/story-view/staticMaps';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => loadContent().story.steps.map((step) => ({ step: step.id }));

/** One SVG per step, from the same geo data and camera logic as the live map. */
export const GET: RequestHandler = ({ params }) => {
	const content = loadContent();
	const { story, layers, arcs, frames, places, reference } = content;
	const step = story.steps.find((s) => s.id === params.step);
	if (!step) error(404, `No step "${params.step}"`);
	const locator = locatorsFor(content)[step.id];
	const layout = locator ? withLocator(clearLayout(STATIC_MAP_SIZE)) : clearLayout(STATIC_MAP_SIZE);
	const inset = locatorPlace(layout);
	const state = mapStateFor(step, frames[step.id], STATIC_MAP_SIZE, layout.padding);
	const shown = new Set(state.layers);
	const svg = renderStaticMap({
		camera: state.camera,
		viewport: STATIC_MAP_SIZE,
		basemap: basemapFor(frames),
		close: closeBasemapFor(frames),
		layers: layers
			.filter((layer) => shown.has(layer.id))
			.map((layer) => ({ type: 'FeatureCollection', features: layer.features })),
		arcs: arcs.filter((arc) => state.arcs.includes(arc.properties?.id as string)),
		highlighted: state.highlighted,
		reference,
		places: places.filter(
			(place) => shown.has(place.layer) && place.kind !== 'country' && place.precision !== 'uncertain'
		),
		palette: PALETTES.light,
		title: step.title,
		description: step.mapDescription,
		locator: locator && {
			svg: locator.svg,
			x: STATIC_MAP_SIZE.width - inset.x - inset.width,
			y: inset.y
		}
	});
	return new Response(svg, { headers: { 'content-type': 'image/svg+xml' } });
};

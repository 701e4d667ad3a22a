import type { Map as MapLibreMap } from 'maplibre-gl';
import type { MapState } from '../camera/mapState.ts';
import { ARC_LAYERS, arcFilter, FADED_PAINT, storyLayerIds, storySourceId, type StoryGeo } from './style.ts';

type PaintProperty = Parameters<MapLibreMap['setPaintProperty']>[1];

const HANDLERS = [
	'dragPan',
	'scrollZoom',
	'touchZoomRotate',
	'doubleClickZoom',
	'keyboard',
	'boxZoom'
] as const;

/** Everything but the camera: which layers show, what is highlighted, which arcs, whether the reader can pan. */
export function applyLayers(map: MapLibreMap, geo: StoryGeo, state: MapState): void {
	const shown = new Set(state.layers);
	const highlighted = new Set(state.highlighted);
	for (const layer of geo.layers) {
		const visible = shown.has(layer.id);
		const ids = storyLayerIds(layer.id);
		for (const [role, paint] of Object.entries(FADED_PAINT))
			for (const [property, value] of Object.entries(paint))
				map.setPaintProperty(
					ids[role as keyof typeof FADED_PAINT],
					property as PaintProperty,
					visible ? value : 0
				);
		map.setLayoutProperty(ids.labels, 'visibility', visible ? 'visible' : 'none');
		for (const feature of layer.data.features) {
			const id = feature.properties?.id as string;
			map.setFeatureState({ source: storySourceId(layer.id), id }, { highlight: highlighted.has(id) });
		}
	}
	for (const layer of ARC_LAYERS) map.setFilter(layer, arcFilter(layer, state.arcs));
	for (const handler of HANDLERS) {
		if (state.interactive) map[handler].enable();
		else map[handler].disable();
	}
	// On touch screens one finger keeps scrolling the page; two fingers move the map.
	if (state.interactive && window.matchMedia('(pointer: coarse)').matches) map.cooperativeGestures.enable();
	else map.cooperativeGestures.disable();
}

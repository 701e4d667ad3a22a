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

/** Feature id -> the source it lives in, built once per map so a step change never walks every feature. */
export function sourceIndex(geo: StoryGeo): Map<string, string> {
	const index = new Map<string, string>();
	for (const layer of geo.layers)
		for (const feature of layer.data.features)
			index.set(feature.properties?.id as string, storySourceId(layer.id));
	return index;
}

const sameList = (a: string[], b: string[]) => a.length === b.length && a.every((item, i) => item === b[i]);

/**
 * Everything but the camera: which layers show, what is highlighted, which
 * arcs, whether the reader can pan. Only what differs from `previous` is
 * touched, so a step change costs the same in a story of 10 steps or 1,000.
 */
export function applyLayers(
	map: MapLibreMap,
	geo: StoryGeo,
	state: MapState,
	previous: MapState | null,
	sources: Map<string, string>
): void {
	const shown = new Set(state.layers);
	const shownBefore = new Set(previous?.layers ?? []);
	for (const layer of geo.layers) {
		const visible = shown.has(layer.id);
		if (previous && visible === shownBefore.has(layer.id)) continue;
		const ids = storyLayerIds(layer.id);
		for (const [role, paint] of Object.entries(FADED_PAINT))
			for (const [property, value] of Object.entries(paint))
				map.setPaintProperty(
					ids[role as keyof typeof FADED_PAINT],
					property as PaintProperty,
					visible ? value : 0
				);
		map.setLayoutProperty(ids.labels, 'visibility', visible ? 'visible' : 'none');
	}

	const highlighted = new Set(state.highlighted);
	const setHighlight = (id: string, highlight: boolean) => {
		const source = sources.get(id);
		if (source) map.setFeatureState({ source, id }, { highlight });
	};
	for (const id of previous?.highlighted ?? []) if (!highlighted.has(id)) setHighlight(id, false);
	for (const id of highlighted) setHighlight(id, true);

	if (!previous || !sameList(previous.arcs, state.arcs))
		for (const layer of ARC_LAYERS) map.setFilter(layer, arcFilter(layer, state.arcs));

	if (previous && previous.interactive === state.interactive) return;
	for (const handler of HANDLERS) {
		if (state.interactive) map[handler].enable();
		else map[handler].disable();
	}
	// On touch screens one finger keeps scrolling the page; two fingers move the map.
	if (state.interactive && window.matchMedia('(pointer: coarse)').matches) map.cooperativeGestures.enable();
	else map.cooperativeGestures.disable();
}

import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { MapState } from '../camera/mapState.ts';
import {
	ARC_LAYERS,
	arcFilter,
	FADED_PAINT,
	HIGHLIGHT_SOURCE,
	isNamed,
	LABEL_SOURCE,
	SHADOW_SOURCE,
	storyLayerIds,
	type StoryGeo
} from './style.ts';

type PaintProperty = Parameters<MapLibreMap['setPaintProperty']>[1];

const HANDLERS = [
	'dragPan',
	'scrollZoom',
	'touchZoomRotate',
	'doubleClickZoom',
	'keyboard',
	'boxZoom'
] as const;

/** Where a place's feature lives: its geo layer and the feature itself. */
export type FeatureIndex = Map<string, { layerId: string; feature: GeoJSON.Feature }>;

/** Built once per map, so a step change looks features up instead of walking them all. */
export function featureIndex(geo: StoryGeo): FeatureIndex {
	const index: FeatureIndex = new Map();
	for (const layer of geo.layers)
		for (const feature of layer.data.features)
			index.set(feature.properties?.id as string, { layerId: layer.id, feature });
	return index;
}

/** The highlighted features of the layers on show: what the highlight source draws for `state`. */
export function highlightedFeatures(state: MapState, index: FeatureIndex): GeoJSON.FeatureCollection {
	const shown = new Set(state.layers);
	const features: GeoJSON.Feature[] = [];
	for (const id of state.highlighted) {
		const entry = index.get(id);
		if (entry && shown.has(entry.layerId)) features.push(entry.feature);
	}
	return { type: 'FeatureCollection', features };
}

const collection = (features: GeoJSON.Feature[]): GeoJSON.FeatureCollection => ({
	type: 'FeatureCollection',
	features
});

/**
 * The names a step shows (LABEL_SOURCE): its labelled places of the layers on
 * show, or every named place of those layers when it labels all (null). Upper
 * layers come first, as their own label layers used to: MapLibre places a
 * source's labels in order, so the first wins a contested spot.
 */
export function labelledFeatures(
	state: MapState,
	geo: StoryGeo,
	index: FeatureIndex
): GeoJSON.FeatureCollection {
	const shown = new Set(state.layers);
	const upperFirst = geo.layers.filter((layer) => shown.has(layer.id)).reverse();
	if (state.labelled === null)
		return collection(upperFirst.flatMap((layer) => layer.data.features.filter(isNamed)));
	const rank = new Map(upperFirst.map((layer, i) => [layer.id, i]));
	const entries = state.labelled.flatMap((id) => {
		const entry = index.get(id);
		return entry && rank.has(entry.layerId) && isNamed(entry.feature) ? [entry] : [];
	});
	entries.sort((a, b) => rank.get(a.layerId)! - rank.get(b.layerId)!);
	return collection(entries.map((entry) => entry.feature));
}

/** The points of the layers on show: each takes its room among labels (SHADOW_SOURCE). */
export function shownPoints(state: MapState, geo: StoryGeo): GeoJSON.FeatureCollection {
	const shown = new Set(state.layers);
	return collection(
		geo.layers
			.filter((layer) => shown.has(layer.id))
			.flatMap((layer) => layer.data.features.filter((f) => f.geometry?.type === 'Point'))
	);
}

const sameList = (a: string[], b: string[]) => a.length === b.length && a.every((item, i) => item === b[i]);
const sameLabels = (a: string[] | null, b: string[] | null) =>
	a === null || b === null ? a === b : sameList(a, b);

/**
 * Everything but the camera: which layers show, what is highlighted, which
 * arcs, whether the reader can pan. Only what differs from `previous` is
 * touched, and only through small sources and per-layer properties, so a step
 * change costs the same in a story of 10 steps or 1,000.
 */
export function applyLayers(
	map: MapLibreMap,
	geo: StoryGeo,
	state: MapState,
	previous: MapState | null,
	features: FeatureIndex
): void {
	const shown = new Set(state.layers);
	const shownBefore = new Set(previous?.layers ?? []);
	for (const layer of geo.layers) {
		const visible = shown.has(layer.id);
		if (previous && visible === shownBefore.has(layer.id)) continue;
		const ids = storyLayerIds(layer.id);
		for (const [role, paint] of Object.entries(FADED_PAINT)) {
			if (!map.getLayer(ids[role as keyof typeof FADED_PAINT])) continue; // no territories, no territory layer
			for (const [property, value] of Object.entries(paint))
				map.setPaintProperty(
					ids[role as keyof typeof FADED_PAINT],
					property as PaintProperty,
					visible ? value : 0
				);
		}
	}

	const layersChanged = !previous || !sameList(previous.layers, state.layers);
	if (layersChanged) map.getSource<GeoJSONSource>(SHADOW_SOURCE)?.setData(shownPoints(state, geo));
	if (layersChanged || !sameLabels(previous!.labelled, state.labelled))
		map.getSource<GeoJSONSource>(LABEL_SOURCE)?.setData(labelledFeatures(state, geo, features));

	if (layersChanged || !sameList(previous!.highlighted, state.highlighted))
		map.getSource<GeoJSONSource>(HIGHLIGHT_SOURCE)?.setData(highlightedFeatures(state, features));

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

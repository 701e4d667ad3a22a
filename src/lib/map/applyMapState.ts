import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { project, type Rect, type Viewport } from '../camera/camera.ts';
import {
	anchorOffsets,
	anchorOrder,
	labelArea,
	nameSides,
	type LabelAnchor
} from '../camera/labelAnchors.ts';
import type { Direction, StoryLayout } from '../camera/layout.ts';
import type { MapState } from '../camera/mapState.ts';
import type { LonLat } from '../story/types.ts';
import {
	FADED_PAINT,
	isNamed,
	POINT_SHADOW_SIZE,
	STEP_PARTS,
	STEP_SOURCE,
	storyLayerIds,
	tagged,
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

/** The highlighted features of the layers on show: what the step source highlights for `state`. */
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
 * What a name's sides are chosen from: the map's size, the part of it names
 * may take (labelArea), the writing direction, and each named place's anchor
 * and width. A name not in `names` may take every side.
 */
export interface LabelRoom {
	viewport: Viewport;
	area: Rect;
	dir: Direction;
	names: Map<string, { at: LonLat; width: number }>;
}

/** The room names have on a map of `viewport`'s size laid out by `layoutFor`. */
export function labelRoom(
	viewport: Viewport,
	layoutFor: (viewport: Viewport) => StoryLayout,
	dir: Direction,
	names: LabelRoom['names']
): LabelRoom {
	return { viewport, area: labelArea(layoutFor(viewport), viewport), dir, names };
}

/**
 * Each name with the sides it may take (its `anchors`, the label layer's
 * text-variable-anchor-offset): those that keep it whole in the clear map at
 * the step's camera. A name no side fits is left out, unless the step frames
 * its place: that one keeps the side that cuts it least. The framed names are
 * placed first, in the step's order (`order`), so another name never takes
 * their room.
 */
export function withAnchors(names: GeoJSON.Feature[], state: MapState, room: LabelRoom): GeoJSON.Feature[] {
	const framed = new Set(state.framed);
	return names.flatMap((feature) => {
		const id = feature.properties?.id as string;
		const name = room.names.get(id);
		let anchors: LabelAnchor[] = anchorOrder(room.dir);
		if (name) {
			const { whole, leastCut } = nameSides(
				name.at,
				name.width,
				state.camera,
				room.viewport,
				room.area,
				room.dir
			);
			if (whole.length === 0 && !framed.has(id)) return [];
			anchors = whole.length > 0 ? whole : [leastCut];
		}
		// The order names are placed in (the layer's symbol-sort-key): the step's own, as it lists
		// them, then the rest.
		const order = framed.has(id) ? state.framed.indexOf(id) : state.framed.length;
		return [{ ...feature, properties: { ...feature.properties, anchors: anchorOffsets(anchors), order } }];
	});
}

/**
 * The names a step shows (the step source's labels): its labelled places of the layers on
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
	if (state.labelled === null) {
		// Every name, the framed ones first: they take the side the camera left them room on.
		const framed = new Set(state.framed);
		const all = upperFirst.flatMap((layer) => layer.data.features.filter(isNamed));
		const isFramed = (f: GeoJSON.Feature) => framed.has(f.properties?.id as string);
		return collection([...all.filter(isFramed), ...all.filter((f) => !isFramed(f))]);
	}
	const rank = new Map(upperFirst.map((layer, i) => [layer.id, i]));
	const entries = state.labelled.flatMap((id) => {
		const entry = index.get(id);
		return entry && rank.has(entry.layerId) && isNamed(entry.feature) ? [entry] : [];
	});
	entries.sort((a, b) => rank.get(a.layerId)! - rank.get(b.layerId)!);
	return collection(entries.map((entry) => entry.feature));
}

/**
 * The points of the layers on show: each takes its room among labels (the
 * step source's shadows), except a point on the same spot as a framed place
 * at this zoom (Jalalabad beside Achin on a world map): its room would push
 * the framed name off the side the camera keeps for it, and the name, written
 * beside both, covers neither.
 */
export function shownPoints(state: MapState, geo: StoryGeo): GeoJSON.FeatureCollection {
	const shown = new Set(state.layers);
	const points = geo.layers
		.filter((layer) => shown.has(layer.id))
		.flatMap((layer) => layer.data.features.filter((f) => f.geometry?.type === 'Point'));
	const at = (f: GeoJSON.Feature) =>
		project((f.geometry as GeoJSON.Point).coordinates as LonLat, state.camera, NO_VIEWPORT);
	const framed = new Set(state.framed);
	const framedAt = points.filter((f) => framed.has(f.properties?.id as string)).map(at);
	return collection(
		points.filter((f) => {
			if (framed.has(f.properties?.id as string)) return true;
			const { x, y } = at(f);
			return framedAt.every((p) => Math.hypot(p.x - x, p.y - y) >= SAME_SPOT);
		})
	);
}

/** Points closer than this (px) are on one spot: a shadow's size. */
const SAME_SPOT = POINT_SHADOW_SIZE;
const NO_VIEWPORT = { width: 0, height: 0 };

/** The arcs a step draws, in the order the story file has them. */
export function shownArcs(state: MapState, geo: StoryGeo): GeoJSON.FeatureCollection {
	const shown = new Set(state.arcs);
	return collection(geo.arcs.features.filter((arc) => shown.has(arc.properties?.id as string)));
}

/** No sizes known: every name may take every side, left to right. */
const UNMEASURED: LabelRoom = {
	viewport: { width: 0, height: 0 },
	area: { x: 0, y: 0, width: 0, height: 0 },
	dir: 'ltr',
	names: new Map()
};

/** Everything the step source draws for `state`, each part tagged (STEP_PARTS). */
export function stepFeatures(
	state: MapState,
	geo: StoryGeo,
	index: FeatureIndex,
	room: LabelRoom = UNMEASURED
): GeoJSON.FeatureCollection {
	const names = labelledFeatures(state, geo, index).features;
	return tagged({
		[STEP_PARTS.highlight]: highlightedFeatures(state, index),
		[STEP_PARTS.label]: collection(withAnchors(names, state, room)),
		[STEP_PARTS.shadow]: shownPoints(state, geo),
		[STEP_PARTS.arc]: shownArcs(state, geo)
	});
}

const sameList = (a: string[], b: string[]) => a.length === b.length && a.every((item, i) => item === b[i]);
const sameLabels = (a: string[] | null, b: string[] | null) =>
	a === null || b === null ? a === b : sameList(a, b);

/**
 * Everything but the camera: which layers show, what is highlighted, which
 * arcs, whether the reader can pan. Only what differs from `previous` is
 * touched, and only through the small step source and per-layer properties, so a step
 * change costs the same in a story of 10 steps or 1,000.
 */
export function applyLayers(
	map: MapLibreMap,
	geo: StoryGeo,
	state: MapState,
	previous: MapState | null,
	features: FeatureIndex,
	room: LabelRoom = UNMEASURED
): void {
	const shown = new Set(state.layers);
	const shownBefore = new Set(previous?.layers ?? []);
	for (const layer of geo.layers) {
		const visible = shown.has(layer.id);
		if (previous && visible === shownBefore.has(layer.id)) continue;
		const ids = storyLayerIds(layer.id);
		for (const [role, paint] of Object.entries(FADED_PAINT)) {
			const id = ids[role as keyof typeof FADED_PAINT];
			if (!map.getLayer(id)) continue; // a role none of its features needs (storyRolesOf)
			for (const [property, value] of Object.entries(paint))
				map.setPaintProperty(id, property as PaintProperty, visible ? value : 0);
		}
	}

	// Shadows of points on a framed place's spot depend on the zoom (shownPoints), the names'
	// sides on where the camera puts them (withAnchors).
	const sameView =
		previous !== null &&
		previous.camera.zoom === state.camera.zoom &&
		previous.camera.center.every((value, i) => value === state.camera.center[i]);
	const stepDrawsOtherwise =
		!previous ||
		!sameView ||
		!sameList(previous.layers, state.layers) ||
		!sameLabels(previous.labelled, state.labelled) ||
		!sameList(previous.highlighted, state.highlighted) ||
		!sameList(previous.arcs, state.arcs);
	if (stepDrawsOtherwise)
		map.getSource<GeoJSONSource>(STEP_SOURCE)?.setData(stepFeatures(state, geo, features, room));

	if (previous && previous.interactive === state.interactive) return;
	for (const handler of HANDLERS) {
		if (state.interactive) map[handler].enable();
		else map[handler].disable();
	}
	// On touch screens one finger keeps scrolling the page; two fingers move the map.
	if (state.interactive && window.matchMedia('(pointer: coarse)').matches) map.cooperativeGestures.enable();
	else map.cooperativeGestures.disable();
}

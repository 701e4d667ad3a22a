import { getContext, setContext } from 'svelte';
import type { Map as MapLibreMap } from 'maplibre-gl';

const KEY = Symbol('story-map');

/**
 * The one MapLibre map, shared with anything drawn on it. Held raw: MapLibre
 * objects must not be proxied by Svelte's deep reactivity.
 */
export class MapContext {
	map = $state.raw<MapLibreMap | null>(null);
}

export function setMapContext(): MapContext {
	return setContext(KEY, new MapContext());
}

export function getMapContext(): MapContext {
	const context = getContext<MapContext | undefined>(KEY);
	if (!context) throw new Error('getMapContext() must be called inside <StoryMap>');
	return context;
}

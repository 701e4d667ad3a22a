import type { Map as MapLibreMap } from 'maplibre-gl';

/**
 * The map's settled state as the data-* attributes tests and host pages read:
 * data-step, data-center ("lon,lat"), data-zoom, data-bearing, data-pitch,
 * data-bounds ("west,south,east,north"), data-ready.
 */
export type PublishedState = Record<`data-${string}`, string>;

export function publishedState(map: MapLibreMap, stepId: string): PublishedState {
	const center = map.getCenter();
	const bounds = map.getBounds();
	return {
		'data-step': stepId,
		'data-center': `${center.lng.toFixed(5)},${center.lat.toFixed(5)}`,
		'data-zoom': map.getZoom().toFixed(3),
		'data-bearing': map.getBearing().toFixed(1),
		'data-pitch': map.getPitch().toFixed(1),
		'data-bounds': [bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()]
			.map((value) => value.toFixed(5))
			.join(','),
		'data-ready': 'true'
	};
}

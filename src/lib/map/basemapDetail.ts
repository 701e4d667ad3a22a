import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { Topology } from 'topojson-specification';
import { DETAIL_MIN_ZOOM } from '../geo/basemap.ts';
import { CLOSE_MIN_ZOOM } from '../geo/closeBasemap.ts';
import { decodeClose, decodeDetail } from '../geo/wire.ts';
import { fetchJson } from '../fetchJson.ts';
import { CLOSE_SOURCE, REGION_SOURCE, tagged } from './style.ts';

/** The finer basemap scales, each a file of its own: 1:50m around the region, 1:10m around close-ups. */
export type DetailTier = 'region' | 'close';

/**
 * The finer scales a view at this zoom needs. Each is asked for a little before
 * its zoom (a flight passes through it), so it has arrived when the camera does.
 */
export function detailTiersFor(zoom: number): DetailTier[] {
	const tiers: DetailTier[] = [];
	if (zoom >= DETAIL_MIN_ZOOM - 0.5) tiers.push('region');
	if (zoom >= CLOSE_MIN_ZOOM - 1) tiers.push('close');
	return tiers;
}

/** Each tier fills the style's source of its scale, its land, sea and borders tagged by part. */
const SOURCE_OF: Record<DetailTier, string> = { region: REGION_SOURCE, close: CLOSE_SOURCE };

/** Fills the map's source of a scale with its downloaded file. */
export function fillDetail(map: MapLibreMap, tier: DetailTier, topology: Topology) {
	const parts = tier === 'region' ? decodeDetail(topology) : decodeClose(topology);
	map.getSource<GeoJSONSource>(SOURCE_OF[tier])?.setData(tagged(parts));
}

/**
 * Downloads each finer scale once, when a view first needs it, and fills the
 * map's empty sources with it. Downloads may start before the map exists (a
 * deep link to a close-up); they are drawn once it does.
 */
export class BasemapDetail {
	#asked = new Set<DetailTier>();
	/** Downloads that arrived before the map was ready. */
	#arrived = new Map<DetailTier, Topology>();
	#map: MapLibreMap | null = null;
	#detached = false;
	#urls: Record<DetailTier, string>;

	constructor(urls: Record<DetailTier, string>) {
		this.#urls = urls;
	}

	/** Starts the downloads of these scales that have not been asked for yet. */
	want(...tiers: DetailTier[]): void {
		for (const tier of tiers) {
			if (this.#asked.has(tier)) continue;
			this.#asked.add(tier);
			fetchJson<Topology>(this.#urls[tier])
				.then((topology) => {
					if (this.#detached) return;
					if (this.#map) fillDetail(this.#map, tier, topology);
					else this.#arrived.set(tier, topology);
				})
				// Without the finer scale the coarser one still draws every view.
				.catch((error: Error) => console.warn(`Map detail not loaded: ${error.message}`));
		}
	}

	/** The map's style is loaded: draw what has arrived, and from now on what arrives. */
	attach(map: MapLibreMap): void {
		this.#map = map;
		for (const [tier, topology] of this.#arrived) fillDetail(map, tier, topology);
		this.#arrived.clear();
	}

	/** The map is gone: nothing more is drawn. */
	detach(): void {
		this.#detached = true;
		this.#map = null;
	}
}

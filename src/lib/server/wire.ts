/**
 * The map data written at build time, as TopoJSON: shared borders are stored
 * once and coordinates are quantized and delta-encoded, several times smaller
 * than GeoJSON. The client reads it back with $lib/geo/wire's decoders.
 */
import { quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import type { Topology } from 'topojson-specification';
import type { Basemap } from '../geo/basemap.ts';
import type { CloseBasemap } from '../geo/closeBasemap.ts';
import type { StoryGeoWire } from '../geo/wire.ts';

type Collection = GeoJSON.FeatureCollection;

/** ~8 km over the world: about a pixel at zoom 4, above which the 1:50m detail takes over. */
const WORLD_QUANTIZATION = 5e3;
/** Over the detailed region (~70°): ~150 m, about a pixel at zoom 9. */
const DETAIL_QUANTIZATION = 5e4;
/** The close-up boxes of a story can lie ~45° apart: ~25 m, a pixel at zoom 11. */
const CLOSE_QUANTIZATION = 2e5;
/** Story layers span the whole story (Washington to Afghanistan): ~15 m. */
const STORY_QUANTIZATION = 1e6;

function encode(objects: Record<string, Collection>, quantization: number): Topology {
	// topojson-server's types want its own GeoJSON flavour; the shapes are the same.
	const raw = topology(objects as never) as unknown as Topology;
	return quantize(raw as Parameters<typeof quantize>[0], quantization) as unknown as Topology;
}

/** Land is drawn, not named (the labels carry the names): shapes travel without properties. */
function shapesOnly(land: Collection): Collection {
	return { ...land, features: land.features.map((f) => ({ ...f, properties: {} })) };
}

export function encodeWorld(basemap: Basemap): Topology {
	return encode({ countries: shapesOnly(basemap.worldLand), labels: basemap.labels }, WORLD_QUANTIZATION);
}

export function encodeDetail(basemap: Basemap): Topology {
	return encode({ countries: shapesOnly(basemap.regionLand) }, DETAIL_QUANTIZATION);
}

/** The 1:10m boxes around close-ups: land, the sea that trims coarser fills, borders and provinces. */
export function encodeClose(close: CloseBasemap): Topology {
	return encode(
		{ land: shapesOnly(close.land), sea: close.sea, borders: close.borders, provinces: close.provinces },
		CLOSE_QUANTIZATION
	);
}

export function encodeStoryGeo(
	layers: { id: string; title: string; features: GeoJSON.Feature[] }[],
	arcs: GeoJSON.Feature[],
	reference: GeoJSON.Feature[] = []
): StoryGeoWire {
	const objects: Record<string, Collection> = {
		'@arcs': { type: 'FeatureCollection', features: arcs },
		'@reference': { type: 'FeatureCollection', features: reference }
	};
	for (const layer of layers) objects[layer.id] = { type: 'FeatureCollection', features: layer.features };
	return {
		titles: Object.fromEntries(layers.map((layer) => [layer.id, layer.title])),
		topology: encode(objects, STORY_QUANTIZATION)
	};
}

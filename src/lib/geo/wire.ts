/**
 * What the map downloads, read back from TopoJSON (written at build time by
 * $lib/server/wire). The world at 1:110m is all the first view needs; the
 * 1:50m region and the 1:10m close-ups are files of their own, fetched when a
 * view needs them.
 */
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

type Collection = GeoJSON.FeatureCollection;
const EMPTY: Collection = { type: 'FeatureCollection', features: [] };

function collection(topo: Topology, name: string): Collection {
	return feature(topo, topo.objects[name] as GeometryCollection) as Collection;
}

function borders(topo: Topology, name: string): Collection {
	const lines = mesh(topo, topo.objects[name] as GeometryCollection, (a, b) => a !== b);
	return { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: lines }] };
}

export function decodeClose(topo: Topology): {
	land: Collection;
	sea: Collection;
	borders: Collection;
	provinces: Collection;
} {
	return {
		land: collection(topo, 'land'),
		sea: collection(topo, 'sea'),
		provinces: topo.objects.provinces ? collection(topo, 'provinces') : EMPTY,
		borders: collection(topo, 'borders')
	};
}

export interface WorldLayers {
	land: Collection;
	borders: Collection;
	labels: Collection;
}

export function decodeWorld(topo: Topology): WorldLayers {
	return {
		land: collection(topo, 'countries'),
		borders: borders(topo, 'countries'),
		labels: collection(topo, 'labels')
	};
}

export function decodeDetail(topo: Topology): { land: Collection; borders: Collection } {
	return { land: collection(topo, 'countries'), borders: borders(topo, 'countries') };
}

export const EMPTY_COLLECTION = EMPTY;

/** The story's layers (and arcs) on the wire. */
export interface StoryGeoWire {
	titles: Record<string, string>;
	topology: Topology;
}

export function decodeStoryGeo(wire: StoryGeoWire): {
	layers: { id: string; title: string; data: Collection }[];
	arcs: Collection;
	reference: Collection;
} {
	return {
		layers: Object.entries(wire.titles).map(([id, title]) => ({
			id,
			title,
			data: collection(wire.topology, id)
		})),
		arcs: collection(wire.topology, '@arcs'),
		reference: wire.topology.objects['@reference'] ? collection(wire.topology, '@reference') : EMPTY
	};
}

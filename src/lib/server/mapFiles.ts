import type { Topology } from 'topojson-specification';
import type { StoryGeoWire } from '../geo/wire.ts';
import type { Lang } from '../locale/editions.ts';
import { basemapFor, withCountryNames } from './basemap.ts';
import { loadEdition } from './editions.ts';
import { encodeStoryGeo, encodeWorld } from './wire.ts';

/** What the map draws with: a place's details come with reading.json, so only these go out. */
const MAP_PROPERTIES = ['id', 'name', 'kind', 'precision'] as const;

/** The world at 1:110m with country labels (TopoJSON), named in the edition's language: basemap.json. */
export function worldTopology(lang: Lang): Topology {
	const { frames, names } = loadEdition(lang);
	return encodeWorld(withCountryNames(basemapFor(frames), names?.countries));
}

/** Every geo layer, the arcs and the context labels (TopoJSON): story-geo.json. */
export function storyGeoWire(lang: Lang): StoryGeoWire {
	const { layers, arcs, reference } = loadEdition(lang);
	const slim = layers.map((layer) => ({
		id: layer.id,
		title: layer.title,
		features: layer.features.map((feature) => ({
			type: 'Feature' as const,
			geometry: feature.geometry,
			properties: Object.fromEntries(MAP_PROPERTIES.map((key) => [key, feature.properties[key]]))
		}))
	}));
	const labels = reference.map(({ type, geometry, properties: { id, name, kind, minZoom, rank } }) => ({
		type,
		geometry,
		properties: { id, name, kind, ...(minZoom === undefined ? {} : { minZoom, rank }) }
	}));
	return encodeStoryGeo(slim, arcs, labels);
}

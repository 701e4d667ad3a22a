import { json } from '@sveltejs/kit';
import { encodeStoryGeo } from '$lib/server/wire';
import { editionEntries, langOf, loadEdition } from '$lib/server/editions';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => editionEntries();

/** What the map draws with: a place's details come with reading.json, so only these go out. */
const MAP_PROPERTIES = ['id', 'name', 'kind', 'precision'] as const;

/** Every geo layer and the arcs (TopoJSON), fetched by the map once the words are on screen. */
export const GET: RequestHandler = ({ params }) => {
	const { layers, arcs, reference } = loadEdition(langOf(params.lang));
	const slim = layers.map((layer) => ({
		id: layer.id,
		title: layer.title,
		features: layer.features.map((feature) => ({
			type: 'Feature' as const,
			geometry: feature.geometry,
			properties: Object.fromEntries(MAP_PROPERTIES.map((key) => [key, feature.properties[key]]))
		}))
	}));
	const labels = reference.map(({ type, geometry, properties: { id, name, kind } }) => ({
		type,
		geometry,
		properties: { id, name, kind }
	}));
	return json(encodeStoryGeo(slim, arcs, labels));
};

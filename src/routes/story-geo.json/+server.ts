import { json } from '@sveltejs/kit';
import { loadContent } from '$lib/server/content';
import type { StoryGeo } from '$lib/map/style';

export const prerender = true;

/** Every geo layer and the arcs, fetched by the map once the words are on screen. */
export function GET() {
	const { layers, arcs } = loadContent();
	const body: StoryGeo = {
		layers: layers.map((layer) => ({
			id: layer.id,
			title: layer.title,
			data: { type: 'FeatureCollection', features: layer.features }
		})),
		arcs: { type: 'FeatureCollection', features: arcs }
	};
	return json(body);
}

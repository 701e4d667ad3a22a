import { json } from '@sveltejs/kit';
import type { Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';
import detail from 'world-atlas/countries-50m.json';
import { buildBasemap, detailRegion } from '$lib/geo/basemap';
import { loadContent } from '$lib/server/content';

export const prerender = true;

/** Land, borders and country labels from Natural Earth: the map needs no tile server. */
export function GET() {
	const { frames } = loadContent();
	const region = detailRegion(Object.values(frames));
	return json(buildBasemap(world as unknown as Topology, detail as unknown as Topology, region));
}

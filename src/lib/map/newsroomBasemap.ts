/**
 * A newsroom's own basemap on the live map: the story's PMTiles archive, read
 * by range requests through the `pmtiles` protocol and drawn with Protomaps'
 * basemap style (its schema's layers) in the story's palette: built-up areas,
 * airports and runways, water, roads and buildings between Natural Earth's land
 * and the story's places. Its boundaries, land and labels are left to the
 * story's own layers (Natural Earth's borders, the story's names and the glyph
 * files the build makes), so the archive adds detail and changes nothing else.
 * Loaded only by a build whose story names an archive (see StoryMap).
 */
import type { LayerSpecification, Map as MapLibreMap, VectorSourceSpecification } from 'maplibre-gl';
import { Protocol } from 'pmtiles';
import { NEWSROOM_SOURCE, newsroomLayers, type ArchiveNames } from '../geo/newsroomLayers.ts';
import type { Palette, Theme } from '../geo/palette.ts';
import type { BasemapArchive } from '../story/basemapArchive.ts';

export { NEWSROOM_SOURCE };

type MapLibre = typeof import('maplibre-gl');

let protocol: Protocol | null = null;

/** The source and style layers for the archive at `archiveUrl` (absolute), below the story's places. */
export function newsroomStyle(
	archive: BasemapArchive,
	archiveUrl: string,
	palette: Palette,
	theme: Theme,
	names?: ArchiveNames
): { source: VectorSourceSpecification; layers: LayerSpecification[] } {
	return {
		source: {
			type: 'vector',
			url: `pmtiles://${archiveUrl}`,
			minzoom: archive.minZoom,
			// Its credit is a line of its own under Natural Earth's (equipMap), not joined to it.
			maxzoom: archive.maxZoom
		},
		layers: newsroomLayers(archive, palette, theme, names)
	};
}

/** Teaches MapLibre the pmtiles:// protocol, once per page. */
export function registerArchiveProtocol(maplibre: MapLibre): void {
	if (protocol) return;
	protocol = new Protocol();
	maplibre.addProtocol('pmtiles', protocol.tile);
}

/**
 * When the archive fails (a 404, a refused range request, a corrupt header),
 * its layers are hidden, so Natural Earth shows as without one, and `onfail`
 * is told once; the story's own layers are untouched.
 */
export function fallBackOnFailure(map: MapLibreMap, onfail: (detail: string) => void): void {
	let failed = false;
	map.on('error', (event) => {
		if (failed || (event as { sourceId?: string }).sourceId !== NEWSROOM_SOURCE) return;
		failed = true;
		for (const layer of map.getStyle().layers)
			if ('source' in layer && layer.source === NEWSROOM_SOURCE)
				map.setLayoutProperty(layer.id, 'visibility', 'none');
		onfail(event.error?.message ?? 'the archive could not be read');
	});
}

import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Palette, Theme } from '../geo/palette.ts';
import type { ArchiveNames } from '../geo/newsroomLayers.ts';
import type { BasemapArchive } from '../story/basemapArchive.ts';
import { archiveHref } from './mapData.ts';
import { LABEL_FONTSTACK, type ExtraBasemap } from './style.ts';

type MapLibre = typeof import('maplibre-gl');

/** The story's basemap archive on the live map: its style for buildStyle, and its fallback once the map exists. */
export interface ArchiveOnMap {
	extra: ExtraBasemap;
	fallBackOnFailure(map: MapLibreMap, onfail: (detail: string) => void): void;
}

/**
 * Loads the archive's code (the pmtiles reader, Protomaps' style) when the
 * story names an archive. `__BASEMAP_ARCHIVE__` is fixed at build time
 * (vite.config.ts): in a build whose story names none, this returns at once and
 * the archive's code is not in the build at all.
 */
export async function archiveOnMap(
	maplibre: MapLibre,
	archive: BasemapArchive | undefined,
	{ palette, theme, lang, rtlTextUrl }: { palette: Palette; theme: Theme; lang: string; rtlTextUrl: string }
): Promise<ArchiveOnMap | undefined> {
	if (!__BASEMAP_ARCHIVE__ || !archive) return undefined;
	const newsroom = await import('./newsroomBasemap.ts');
	newsroom.registerArchiveProtocol(maplibre);
	// Its names only where the build made their glyphs (it could read the archive).
	const names: ArchiveNames | undefined = archive.names ? { lang, fontstack: LABEL_FONTSTACK } : undefined;
	// A street named in Arabic or Hebrew needs the right-to-left plugin in any edition: loaded
	// when such a name first shows (lazily), never for an archive whose names are all left to right.
	if (names && maplibre.getRTLTextPluginStatus() === 'unavailable')
		maplibre.setRTLTextPlugin(rtlTextUrl, true).catch((error: Error) => console.error(error));
	return {
		extra: {
			id: newsroom.NEWSROOM_SOURCE,
			...newsroom.newsroomStyle(archive, archiveHref(archive), palette, theme, names)
		},
		fallBackOnFailure: newsroom.fallBackOnFailure
	};
}

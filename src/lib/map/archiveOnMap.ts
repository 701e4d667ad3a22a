import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Palette, Theme } from '../geo/palette.ts';
import type { BasemapArchive } from '../story/basemapArchive.ts';
import { archiveHref } from './mapData.ts';
import type { ExtraBasemap } from './style.ts';

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
	palette: Palette,
	theme: Theme
): Promise<ArchiveOnMap | undefined> {
	if (!__BASEMAP_ARCHIVE__ || !archive) return undefined;
	const newsroom = await import('./newsroomBasemap.ts');
	newsroom.registerArchiveProtocol(maplibre);
	return {
		extra: {
			id: newsroom.NEWSROOM_SOURCE,
			...newsroom.newsroomStyle(archive, archiveHref(archive), palette, theme)
		},
		fallBackOnFailure: newsroom.fallBackOnFailure
	};
}

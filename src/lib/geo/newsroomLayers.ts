/**
 * The style layers a newsroom's basemap archive is drawn with: Protomaps'
 * basemap layers (the archive's schema) in the story's palette, less the land,
 * land cover, boundaries and labels the story draws from its own data. One
 * list for the live map (newsroomBasemap.ts) and the build's static maps
 * (archiveSvg.ts), so the first paint and the live map agree.
 */
import { layers as protomapsLayers, namedFlavor, type Flavor } from '@protomaps/basemaps';
import type { LayerSpecification } from 'maplibre-gl';
import type { BasemapArchive } from '../story/basemapArchive.ts';
import type { Palette, Theme } from './palette.ts';

export const NEWSROOM_SOURCE = 'newsroom';

/** Protomaps' layers the story map draws from its own data instead. */
const LEFT_OUT = /^(background|earth|landcover|boundaries)/;

/** The archive's colours: Protomaps' own for its theme, with the story's land, water and borders. */
export function newsroomFlavor(palette: Palette, theme: Theme): Flavor {
	return {
		...namedFlavor(theme === 'dark' ? 'dark' : 'light'),
		background: palette.land,
		earth: palette.land,
		water: palette.sea,
		boundaries: palette.border
	};
}

/** The archive's fill and line layers, bottom first, each from the archive's minZoom on. */
export function newsroomLayers(
	archive: BasemapArchive,
	palette: Palette,
	theme: Theme
): LayerSpecification[] {
	return protomapsLayers(NEWSROOM_SOURCE, newsroomFlavor(palette, theme))
		.filter((layer) => !LEFT_OUT.test(layer.id) && layer.type !== 'symbol')
		.map((layer) => ({
			...layer,
			id: `newsroom-${layer.id}`,
			minzoom: Math.max(layer.minzoom ?? 0, archive.minZoom)
		}));
}

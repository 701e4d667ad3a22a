/**
 * The style layers a newsroom's basemap archive is drawn with: Protomaps'
 * basemap layers (the archive's schema) in the story's palette, less the land,
 * land cover and boundaries the story draws from its own data, and with its
 * names in the story's own face (the glyph files the build makes). One
 * list for the live map (newsroomBasemap.ts) and the build's static maps
 * (archiveSvg.ts), so the first paint and the live map agree.
 */
import { layers as protomapsLayers, namedFlavor, type Flavor } from '@protomaps/basemaps';
import type { ExpressionSpecification, LayerSpecification, SymbolLayerSpecification } from 'maplibre-gl';
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

/**
 * The archive's names the map draws, in Protomaps' layers for them: streets,
 * rivers, lakes and neighbourhoods. Not its countries, regions, towns, points
 * of interest, shields or house numbers: the story names those places itself,
 * and icons would need a sprite.
 */
const NAMED = [
	'water_waterway_label',
	'roads_labels_minor',
	'water_label_lakes',
	'roads_labels_major',
	'places_subplace'
];

/** The source layers the archive's names come from (the NAMED layers'): what the build reads for their glyphs. */
export const NAMED_SOURCE_LAYERS = ['roads', 'water', 'places'];

/** A name in the edition's language where the archive has one (Protomaps' `name:<lang>`), else its local name. */
export function archiveNameField(lang: string): ExpressionSpecification {
	return ['coalesce', ['get', `name:${lang}`], ['get', 'name']];
}

/** How the archive's names are drawn: in the edition's language, with the story's own glyph files. */
export interface ArchiveNames {
	lang: string;
	/** The fontstack of the glyph files the build makes (LABEL_FONTSTACK). */
	fontstack: string;
}

/**
 * The archive's layers, bottom first, each from the archive's minZoom on:
 * fills and lines, and with `names` its names, under the story's own.
 */
export function newsroomLayers(
	archive: BasemapArchive,
	palette: Palette,
	theme: Theme,
	names?: ArchiveNames
): LayerSpecification[] {
	const kept = protomapsLayers(
		NEWSROOM_SOURCE,
		newsroomFlavor(palette, theme),
		// Protomaps writes its label layers only when given a language.
		names ? { lang: names.lang } : undefined
	).filter((layer) =>
		layer.type === 'symbol' ? Boolean(names) && NAMED.includes(layer.id) : !LEFT_OUT.test(layer.id)
	);
	return kept.map((layer) => ({
		...(layer.type === 'symbol' && names ? namedLayer(layer, names, palette) : layer),
		id: `newsroom-${layer.id}`,
		minzoom: Math.max(layer.minzoom ?? 0, archive.minZoom)
	}));
}

/** A Protomaps label layer set in the story's face and halo, reading one name. */
function namedLayer(
	layer: SymbolLayerSpecification,
	names: ArchiveNames,
	palette: Palette
): SymbolLayerSpecification {
	return {
		...layer,
		layout: { ...layer.layout, 'text-font': [names.fontstack], 'text-field': archiveNameField(names.lang) },
		paint: { ...layer.paint, 'text-halo-color': palette.halo, 'text-halo-width': 1.5 }
	};
}

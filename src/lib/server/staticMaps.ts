import { clearLayout, locatorPlace, withLocator } from '../camera/layout.ts';
import { mapStateFor } from '../camera/mapState.ts';
import type { StaticMapInput } from '../geo/staticMap.ts';
import { PALETTES } from '../geo/palette.ts';
import { STATIC_MAP_SIZE } from '../geo/staticMapSize.ts';
import { DEFAULT_LANG, EDITIONS, type Lang } from '../locale/editions.ts';
import { basemapFor, closeBasemapFor } from './basemap.ts';
import type { StoryContent } from './content.ts';
import { locatorsFor } from './locators.ts';

/**
 * What the static map of a step draws: the live map's camera for the same
 * layout (clear, with room for the locator inset), the layers, arcs and
 * highlights the step shows, its point places, and the context around them.
 * `content.lang`: an edition's language (EditionContent); the original's when
 * absent.
 */
export function staticMapInputFor(content: StoryContent & { lang?: Lang }, stepId: string): StaticMapInput {
	const { story, layers, arcs, frames, places, reference } = content;
	const lang = content.lang ?? DEFAULT_LANG;
	const step = story.steps.find((s) => s.id === stepId);
	if (!step) throw new Error(`No step "${stepId}"`);
	const locator = locatorsFor(content)[step.id];
	const clear = clearLayout(STATIC_MAP_SIZE, EDITIONS[lang].dir);
	const layout = locator ? withLocator(clear) : clear;
	// The live map's corner for the inset: top right, mirrored to top left right to left.
	const inset = locatorPlace(layout);
	const state = mapStateFor(step, frames[step.id], STATIC_MAP_SIZE, layout.padding);
	const shown = new Set(state.layers);
	return {
		camera: state.camera,
		viewport: STATIC_MAP_SIZE,
		basemap: basemapFor(frames),
		close: closeBasemapFor(frames),
		layers: layers
			.filter((layer) => shown.has(layer.id))
			.map((layer) => ({ type: 'FeatureCollection', features: layer.features })),
		arcs: arcs.filter((arc) => state.arcs.includes(arc.properties?.id as string)),
		highlighted: state.highlighted,
		reference,
		// Countries are named by the basemap and uncertainty areas by their outline, not by a pin.
		places: places.filter(
			(place) => shown.has(place.layer) && place.kind !== 'country' && place.precision !== 'uncertain'
		),
		palette: PALETTES.light,
		lang,
		title: step.title,
		description: step.mapDescription,
		locator: locator && {
			svg: locator.svg,
			x: inset.corner.endsWith('right') ? STATIC_MAP_SIZE.width - inset.x - inset.width : inset.x,
			y: inset.corner.startsWith('top') ? inset.y : STATIC_MAP_SIZE.height - inset.y - inset.height
		}
	};
}

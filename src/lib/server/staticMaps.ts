import { stepLabelsFor } from './stepLabels.ts';
import type { Camera, Padding, Viewport } from '../camera/camera.ts';
import {
	locatorPlace,
	storyLayout,
	storyMapLayout,
	withKey,
	withLocator,
	creditRoomFor,
	type Direction,
	type StoryLayout
} from '../camera/layout.ts';
import { clearLayout } from '../camera/embedLayout.ts';
import { keyPlace } from '../camera/keyPlace.ts';
import { entriesAt } from '../geo/mapKey.ts';
import { KEY_WORDS } from '../locale/keyWords.ts';
import { keyEntriesForStep } from './mapKey.ts';
import { mapStateFor } from '../camera/mapState.ts';
import type { StaticMapInput } from '../geo/staticMap.ts';
import { PALETTES } from '../geo/palette.ts';
import { POSTER_SCREENS, STATIC_MAP_SIZE, type PosterSize } from '../geo/staticMapSize.ts';
import { DEFAULT_LANG, EDITIONS, type Lang } from '../locale/editions.ts';
import { basemapFor, closeBasemapFor } from './basemap.ts';
import type { StoryContent } from './content.ts';
import { locatorsFor } from './locators.ts';
import { withArchive } from './archiveDrawing.ts';

/**
 * What the static map of a step draws: the live map's camera for the same
 * layout (clear, with room for the locator inset), the layers, arcs and
 * highlights the step shows, its point places, and the context around them.
 * `content.lang`: an edition's language (EditionContent); the original's when
 * absent.
 *
 * `poster`: instead, the story page's map as that screen first shows it, framed
 * with the live map's own layout (storyMapLayout); the page draws the locator
 * inset over it, so the poster does not.
 */
export function staticMapInputFor(
	content: StoryContent & { lang?: Lang },
	stepId: string,
	poster?: PosterSize
): StaticMapInput {
	const { story, layers, arcs, frames, places, reference } = content;
	const lang = content.lang ?? DEFAULT_LANG;
	const { dir } = EDITIONS[lang];
	const step = story.steps.find((s) => s.id === stepId);
	if (!step) throw new Error(`No step "${stepId}"`);
	const locator = locatorsFor(content)[step.id];
	const viewport = poster ? posterViewport(poster, content) : STATIC_MAP_SIZE;
	const clear = withKey(clearLayout(STATIC_MAP_SIZE, dir));
	const layout = poster
		? storyMapLayout(viewport, storyMapOptions(content, step.id, dir))
		: locator
			? withLocator(clear)
			: clear;
	// The live map's corner for the inset: top right, mirrored to top left right to left.
	const inset = locatorPlace(layout);
	const state = mapStateFor(step, frames[step.id], viewport, layout.padding, {
		labels: stepLabelsFor(content)[step.id],
		dir
	});
	const shown = new Set(state.layers);
	return {
		camera: state.camera,
		viewport,
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
		scaleAndCredit: !poster,
		// On a wide screen the text column lies over the map's side.
		keepClear: poster && layout.kind === 'desktop' ? [layout.text] : undefined,
		// The story page's live map draws its own key over the poster's place.
		key: poster ? undefined : staticKey(content, step.id, state.camera.zoom, layout, lang),
		locator: poster
			? undefined
			: locator && {
					svg: locator.svg,
					x: inset.corner.endsWith('right') ? STATIC_MAP_SIZE.width - inset.x - inset.width : inset.x,
					y: inset.corner.startsWith('top') ? inset.y : STATIC_MAP_SIZE.height - inset.y - inset.height
				}
	};
}

/** staticMapInputFor with the story's basemap archive drawn in, where it reaches the view (withArchive). */
export function staticMapFor(
	content: StoryContent & { lang?: Lang },
	stepId: string,
	poster?: PosterSize
): Promise<StaticMapInput> {
	return withArchive(staticMapInputFor(content, stepId, poster), content);
}

/** The key of a static map: the step's entries at its zoom, in a bottom corner (keyPlace). */
function staticKey(
	content: StoryContent,
	stepId: string,
	zoom: number,
	layout: StoryLayout,
	lang: Lang
): StaticMapInput['key'] {
	const place = keyPlace(layout);
	const { width, height } = STATIC_MAP_SIZE;
	return {
		entries: entriesAt(keyEntriesForStep(content, stepId), zoom),
		words: KEY_WORDS[lang],
		x: place.corner === 'bottom-left' ? place.x : width - place.x - place.width,
		y: height - place.y - place.height,
		width: place.width
	};
}

/**
 * The story page's map on a poster's screen for a step, written `dir`: the
 * camera it frames the step with, and the padding that keeps the text, the
 * rail and the inset off what it frames.
 */
export function posterView(
	content: StoryContent,
	stepId: string,
	size: PosterSize,
	dir: Direction
): { camera: Camera; viewport: Viewport; padding: Padding } {
	const { story, frames } = content;
	const step = story.steps.find((s) => s.id === stepId);
	if (!step) throw new Error(`No step "${stepId}"`);
	const viewport = posterViewport(size, content);
	const { padding } = storyMapLayout(viewport, storyMapOptions(content, step.id, dir));
	const { camera } = mapStateFor(step, frames[step.id], viewport, padding, {
		labels: stepLabelsFor(content)[step.id],
		dir
	});
	return { camera, viewport, padding };
}

/** What the story page's map lays out for a step besides the screen (storyMapLayout): as StoryMapLayer passes it. */
export function storyMapOptions(content: StoryContent, stepId: string, dir: Direction) {
	const { story } = content;
	return {
		phoneLayout: story.phoneLayout,
		dir,
		rail: story.steps.some((s) => s.date),
		locator: Boolean(locatorsFor(content)[stepId]),
		creditRoom: creditRoomFor(story.basemap)
	};
}

/** The story page's map element on a poster's screen: the whole screen, or on split phones its top part. */
export function posterViewport(size: PosterSize, content: StoryContent): { width: number; height: number } {
	const { map } = storyLayout(POSTER_SCREENS[size], content.story.phoneLayout);
	return { width: map.width, height: map.height };
}

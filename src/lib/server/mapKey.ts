import { visibleBounds } from '../camera/camera.ts';
import { CLOSE_MIN_ZOOM } from '../geo/closeBasemap.ts';
import { keyEntriesFor, type KeyEntry } from '../geo/mapKey.ts';
import { closeBasemapFor } from './basemap.ts';
import type { StoryContent } from './content.ts';
import { posterView } from './staticMaps.ts';

const cache = new WeakMap<StoryContent, Record<string, KeyEntry[]>>();

/**
 * Each step's key entries, by step id. The provinces' outlines are in a
 * step's key when its view on a wide screen comes close enough to draw them
 * and one runs through it; a smaller screen leaves them out below their zoom.
 */
export function keyEntriesByStep(content: StoryContent): Record<string, KeyEntry[]> {
	const made = cache.get(content);
	if (made) return made;
	const lines = closeBasemapFor(content.frames).provinces.features.flatMap((f) =>
		f.geometry.coordinates.flat()
	);
	const entries = Object.fromEntries(
		content.story.steps.map((step) => {
			const { camera, viewport } = posterView(content, step.id, 'wide', 'ltr');
			const [west, south, east, north] = visibleBounds(camera, viewport);
			const inView = ([x, y]: GeoJSON.Position) => x >= west && x <= east && y >= south && y <= north;
			const provinces = camera.zoom >= CLOSE_MIN_ZOOM && lines.some(inView);
			return [
				step.id,
				keyEntriesFor(step, content.layers, content.arcs, provinces ? CLOSE_MIN_ZOOM : undefined)
			];
		})
	);
	cache.set(content, entries);
	return entries;
}

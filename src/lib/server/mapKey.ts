import { visibleBounds } from '../camera/camera.ts';
import { CLOSE_MIN_ZOOM, type CloseBasemap } from '../geo/closeBasemap.ts';
import { keyEntriesFor, type KeyEntry } from '../geo/mapKey.ts';
import { closeBasemapFor } from './basemap.ts';
import type { StoryContent } from './content.ts';
import { posterView } from './staticMaps.ts';

/** Every vertex of the provinces' outlines, once per close-up basemap (each static map asks). */
const verticesOf = new WeakMap<CloseBasemap, GeoJSON.Position[]>();
function provinceVertices(content: StoryContent): GeoJSON.Position[] {
	const close = closeBasemapFor(content.frames);
	let vertices = verticesOf.get(close);
	if (!vertices) {
		vertices = close.provinces.features.flatMap((f) => f.geometry.coordinates.flat());
		verticesOf.set(close, vertices);
	}
	return vertices;
}

/**
 * A step's key entries. The provinces' outlines are in it when the step's view
 * on a wide screen comes close enough to draw them and one runs through it; a
 * smaller screen leaves them out below their zoom (`minZoom`).
 */
export function keyEntriesForStep(content: StoryContent, stepId: string): KeyEntry[] {
	const step = content.story.steps.find((s) => s.id === stepId);
	if (!step) throw new Error(`No step "${stepId}"`);
	const { camera, viewport } = posterView(content, step.id, 'wide', 'ltr');
	const [west, south, east, north] = visibleBounds(camera, viewport);
	const inView = ([x, y]: GeoJSON.Position) => x >= west && x <= east && y >= south && y <= north;
	const provinces = camera.zoom >= CLOSE_MIN_ZOOM && provinceVertices(content).some(inView);
	return keyEntriesFor(step, content.layers, content.arcs, provinces ? CLOSE_MIN_ZOOM : undefined);
}

/** Every step's key entries, by step id (map-key.json). */
export function keyEntriesByStep(content: StoryContent): Record<string, KeyEntry[]> {
	return Object.fromEntries(
		content.story.steps.map((step) => [step.id, keyEntriesForStep(content, step.id)])
	);
}

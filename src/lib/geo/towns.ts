import type { LonLat } from '../story/types.ts';
import { project, TILE_SIZE, type Camera, type Padding, type Viewport } from '../camera/camera.ts';
import type { ReferenceFeature } from './reference.ts';

/**
 * Towns around the close-ups, picked from a gazetteer by population: the
 * context a reader recognises a place by. Which towns is decided for the
 * views the story shows (each close-up step's camera on each screen the
 * posters are drawn for): in each, the largest towns that lie in the framed
 * area, far enough apart that their names never crowd, and clear of the
 * story's own places. A town is shown from the zoom of the first view that
 * picked it (a whole zoom: MapLibre filters by zoom at whole zoom levels).
 */
export interface GazetteerTown {
	/** A stable id for the map and the translations: `town-` and the name in plain letters. */
	id: string;
	name: string;
	/** ISO 3166-1 alpha-2. */
	country: string;
	/** 0 where the gazetteer lists the town without a population: it ranks after every counted one. */
	population: number;
	lon: number;
	lat: number;
}

/** One view a reader sees: a camera on a screen, and the part of it no text or control covers. */
export interface ContextView {
	camera: Camera;
	viewport: Viewport;
	padding: Padding;
	/** How many towns this view names at most (a phone's map holds fewer). */
	towns: number;
}

/** Pixels between two picked towns at the zoom of the view that picks them: a name's width and a gap. */
export const TOWN_SPACING = 120;
/** Pixels a town keeps from a story place (whose name takes the room around it). */
export const STORY_CLEARANCE = 60;
/** Pixels a town keeps from the framed area's edge: its name is written beside it. */
const EDGE = 24;

/** A point's pixel on a view's screen (north up; across the 180th meridian, the copy on screen). */
export function screenPixel(view: Pick<ContextView, 'camera' | 'viewport'>, point: LonLat): [number, number] {
	const { x, y } = project(point, view.camera, view.viewport);
	return [x, y];
}

/** Largest first; among towns of one size (or none given), by id, so a build is repeatable. */
const byRank = (a: GazetteerTown, b: GazetteerTown) =>
	b.population - a.population || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** A town's id from its name: `town-` and the name in plain lowercase letters ("Bardsīr" → "town-bardsir"). */
export function townId(name: string): string {
	const plain = plainName(name)
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
	return `town-${plain}`;
}

/** The name without its transliteration's marks ("Abū Ghurayb" → "Abu Ghurayb"), as English maps write it. */
export function plainName(name: string): string {
	return name
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[‘’ʼ]/g, "'")
		.normalize('NFC');
}

/**
 * The towns the views name, each once, biggest first, with the whole zoom
 * from which it is drawn. `avoid`: the story's places and the hand-kept
 * reference (a town there would be named twice).
 */
export function pickTowns(
	gazetteer: GazetteerTown[],
	views: ContextView[],
	avoid: LonLat[],
	source: string
): ReferenceFeature[] {
	const byPopulation = [...gazetteer].sort(byRank);
	const minZoom = new Map<GazetteerTown, number>();
	for (const view of views) {
		const { viewport, padding } = view;
		const inFrame = ([x, y]: [number, number]) =>
			x >= padding.left + EDGE &&
			x <= viewport.width - padding.right - EDGE &&
			y >= padding.top + EDGE &&
			y <= viewport.height - padding.bottom - EDGE;
		const taken = avoid.map((point) => screenPixel(view, point));
		// Degrees a half screen spans, with room: a cheap test before projecting every town.
		const degrees = (viewport.width + viewport.height) / ((TILE_SIZE * 2 ** view.camera.zoom) / 360);
		const near = (town: GazetteerTown) =>
			Math.abs(town.lat - view.camera.center[1]) < degrees &&
			Math.abs(((town.lon - view.camera.center[0] + 540) % 360) - 180) < degrees;
		const picked: [number, number][] = [];
		for (const town of byPopulation) {
			if (picked.length >= view.towns) break;
			if (!near(town)) continue;
			const at = screenPixel(view, [town.lon, town.lat]);
			if (!inFrame(at)) continue;
			if (taken.some(([x, y]) => Math.hypot(x - at[0], y - at[1]) < STORY_CLEARANCE)) continue;
			if (picked.some(([x, y]) => Math.hypot(x - at[0], y - at[1]) < TOWN_SPACING)) continue;
			picked.push(at);
			const zoom = Math.floor(view.camera.zoom);
			minZoom.set(town, Math.min(zoom, minZoom.get(town) ?? Infinity));
		}
	}
	return [...minZoom]
		.sort(([a], [b]) => byRank(a, b))
		.map(([town, zoom], rank) => ({
			type: 'Feature',
			properties: {
				id: town.id,
				name: town.name,
				kind: 'town',
				source,
				minZoom: zoom,
				rank
			},
			geometry: { type: 'Point', coordinates: [town.lon, town.lat] }
		}));
}

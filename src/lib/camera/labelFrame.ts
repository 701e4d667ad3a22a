/**
 * Framing names, not just points: a place's name is drawn beside its point
 * (on the side away from the text column first; when that side is taken,
 * centred above or below it), so a camera that only
 * frames the points can cut a name at the map's edge or slide it under the
 * map's controls. These widen the camera's padding on the side a name passes
 * until every framed name fits.
 */
import {
	mercator,
	project,
	TILE_SIZE,
	unmercator,
	visibleBounds,
	type Camera,
	type Padding,
	type Viewport
} from './camera.ts';
import type { Direction } from './layout.ts';
import type { StepLabel } from './stepLabels.ts';

export type { StepLabel };

/** From the point to the name's near end: the style's text-radial-offset (1.3 em at 13 px). */
export const LABEL_OFFSET = 17;
/** Half a line of the labels' 13 px text, with its halo. */
const HALF_HEIGHT = 10;
/** Room left between a name and the map's edge. */
export const EDGE = 6;
/** The map's controls along its top (credit, scale bar): names stay below them. */
export const CONTROLS_BAND = 48;
/** A camera is tried again at most this often: each try moves every name further in. */
const TRIES = 8;
/** Names are worth a little zoom, not another map: beyond this the step keeps its framing. */
const MAX_ZOOM_OUT = 1;

type Overflow = Record<keyof Padding, number>;

/** Web Mercator's edge: a map never shows beyond it, so MapLibre would move such a camera. */
const MAX_LATITUDE = 85.0511;

/**
 * The camera MapLibre would show: a view reaching past Web Mercator's edge is
 * moved back inside it (north or south), as the map itself does.
 */
export function withinTheWorld(camera: Camera, viewport: Viewport): Camera {
	const [, south, , north] = visibleBounds(camera, viewport);
	if (north <= MAX_LATITUDE && south >= -MAX_LATITUDE) return camera;
	const half = viewport.height / 2 / (TILE_SIZE * 2 ** camera.zoom);
	const [x] = mercator(camera.center);
	const top = mercator([0, MAX_LATITUDE])[1];
	const bottom = mercator([0, -MAX_LATITUDE])[1];
	// Both edges out (a world shorter than the map): its middle.
	const y =
		bottom - top <= 2 * half
			? (top + bottom) / 2
			: Math.min(Math.max(mercator(camera.center)[1], top + half), bottom - half);
	return { ...camera, center: unmercator([x, y]) };
}

/**
 * Which sides of its point a name must have room on: `either` (right or left,
 * so the map can take whichever the other names leave free), or `reading`
 * (the side the edition writes towards, or centred over or under the point).
 */
export type NameRoom = 'either' | 'reading';

/** How far (px) names reach past each side of the map (0 where all fit). */
export function labelOverflows(
	labels: StepLabel[],
	camera: Camera,
	viewport: Viewport,
	dir: Direction,
	room: NameRoom = 'reading'
): Overflow {
	const over: Overflow = { top: 0, right: 0, bottom: 0, left: 0 };
	for (const { at, width } of labels) {
		const { x, y } = project(at, camera, viewport);
		// A place outside this view (a highlight beyond the frame) is not this camera's to name.
		if (x < 0 || x > viewport.width || y < 0 || y > viewport.height) continue;
		// Beside the point on the side asked for, or centred over or under it: each must fit.
		const [start, end] =
			room === 'either'
				? [x - LABEL_OFFSET - width, x + LABEL_OFFSET + width]
				: dir === 'rtl'
					? [x - LABEL_OFFSET - width, x + width / 2]
					: [x - width / 2, x + LABEL_OFFSET + width];
		over.left = Math.max(over.left, EDGE - start);
		over.right = Math.max(over.right, end - (viewport.width - EDGE));
		over.top = Math.max(over.top, CONTROLS_BAND - (y - HALF_HEIGHT));
		over.bottom = Math.max(over.bottom, y + HALF_HEIGHT - (viewport.height - EDGE));
	}
	return over;
}

/** The furthest any name reaches past the map's edges (0 when all fit). */
export function labelOverflow(
	labels: StepLabel[],
	camera: Camera,
	viewport: Viewport,
	dir: Direction,
	room: NameRoom = 'reading'
): number {
	return Math.max(0, ...Object.values(labelOverflows(labels, camera, viewport, dir, room)));
}

/**
 * The camera `fit` gives for `padding`, with the padding widened on each side
 * a name passes until every name fits with room on either side of its point
 * (the map then finds a free side among the other names), or, where that
 * would zoom out more than MAX_ZOOM_OUT, on its reading side; failing both,
 * the nearest try (a name so long or so far out wraps or moves round its point).
 */
export function cameraClearOfLabels(
	fit: (padding: Padding) => Camera,
	padding: Padding,
	viewport: Viewport,
	labels: StepLabel[],
	dir: Direction
): Camera {
	const either = widenedForNames(fit, padding, viewport, labels, dir, 'either');
	if (either.fits) return either.camera;
	return widenedForNames(fit, padding, viewport, labels, dir, 'reading').camera;
}

function widenedForNames(
	fit: (padding: Padding) => Camera,
	padding: Padding,
	viewport: Viewport,
	labels: StepLabel[],
	dir: Direction,
	room: NameRoom
): { camera: Camera; fits: boolean } {
	const framed = fit(padding);
	/** Degrees of longitude the view shows beyond the world's edges. */
	const pastTheWorld = (view: Camera) => {
		const [west, , east] = visibleBounds(view, viewport);
		return Math.max(0, -180 - west, east - 180);
	};
	let current = { ...padding };
	let camera = framed;
	for (let i = 0; i < TRIES && labels.length > 0; i++) {
		const over = labelOverflows(labels, camera, viewport, dir, room);
		if (Math.max(...Object.values(over)) <= 0.5) return { camera, fits: true };
		const widened = { ...current };
		for (const side of Object.keys(over) as (keyof Padding)[])
			if (over[side] > 0.5) widened[side] += Math.ceil(over[side]) + 2;
		const next = withinTheWorld(fit(widened), viewport);
		// A view reaching further past the 180th meridian than the frame's is one a map without the
		// world's copies moves back inside the world, and the framed places with it.
		if (framed.zoom - next.zoom > MAX_ZOOM_OUT || pastTheWorld(next) > pastTheWorld(framed) + 0.1)
			return { camera, fits: false };
		current = widened;
		camera = next;
	}
	return { camera, fits: labelOverflow(labels, camera, viewport, dir, room) <= 0.5 };
}

import type { Bounds, LonLat } from '../story/types.ts';

export interface Viewport {
	width: number;
	height: number;
}

export interface Padding {
	top: number;
	right: number;
	bottom: number;
	left: number;
}

export interface Rect {
	x: number;
	y: number;
	width: number;
	height: number;
}

export interface Camera {
	center: LonLat;
	zoom: number;
	bearing: number;
	pitch: number;
}

/** MapLibre's tile size: at zoom z the world is 512 * 2^z pixels wide. */
export const TILE_SIZE = 512;
const MAX_LATITUDE = 85.051129;

/** Web Mercator, as a fraction of the world (0..1 from the antimeridian and the north edge). */
export function mercator([lon, lat]: LonLat): [number, number] {
	const clamped = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat));
	const sin = Math.sin((clamped * Math.PI) / 180);
	return [(lon + 180) / 360, 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)];
}

export function unmercator([x, y]: [number, number]): LonLat {
	const lat = (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;
	return [x * 360 - 180, lat];
}

export interface FitOptions {
	minZoom?: number;
	maxZoom?: number;
	bearing?: number;
	pitch?: number;
}

/**
 * The camera that shows `bounds` as large as possible inside the viewport
 * less `padding`, centred in that padded area. Returned without padding (the
 * centre is the viewport's), so that flyTo, jumpTo and a later read of the
 * map's centre all agree. The fit is computed for bearing 0 and pitch 0;
 * editorial bearing and pitch are applied on top.
 */
export function cameraForBounds(
	bounds: Bounds,
	viewport: Viewport,
	padding: Padding,
	{ minZoom = 0, maxZoom = 8, bearing = 0, pitch = 0 }: FitOptions = {}
): Camera {
	const [west, south, east, north] = bounds;
	const [x0, y1] = mercator([west, south]);
	const [x1, y0] = mercator([east, north]);
	const availableWidth = Math.max(1, viewport.width - padding.left - padding.right);
	const availableHeight = Math.max(1, viewport.height - padding.top - padding.bottom);
	const spanX = Math.max(x1 - x0, 1e-9) * TILE_SIZE;
	const spanY = Math.max(y1 - y0, 1e-9) * TILE_SIZE;
	const fitted = Math.log2(Math.min(availableWidth / spanX, availableHeight / spanY));
	const zoom = Math.max(minZoom, Math.min(maxZoom, fitted));

	const worldSize = TILE_SIZE * 2 ** zoom;
	// Where the bounds' centre must sit on screen: the middle of the padded area.
	const offsetX = (padding.left - padding.right) / 2;
	const offsetY = (padding.top - padding.bottom) / 2;
	const centerX = (x0 + x1) / 2 - offsetX / worldSize;
	const centerY = (y0 + y1) / 2 - offsetY / worldSize;
	// A frame across the 180th meridian has its east past 180: its centre may be too.
	return { center: wrapLongitude(unmercator([centerX, centerY])), zoom, bearing, pitch };
}

/** The same place with its longitude in [-180, 180). */
export function wrapLongitude([lon, lat]: LonLat): LonLat {
	return [((((lon + 180) % 360) + 360) % 360) - 180, lat];
}

/** Screen position of a point under a camera (bearing and pitch 0). */
export function project(point: LonLat, camera: Camera, viewport: Viewport): { x: number; y: number } {
	const worldSize = TILE_SIZE * 2 ** camera.zoom;
	const [cx, cy] = mercator(camera.center);
	const [px, py] = mercator(point);
	// The copy of the point nearest the centre, as the map draws it across the 180th meridian.
	const dx = px - cx - Math.round(px - cx);
	return {
		x: viewport.width / 2 + dx * worldSize,
		y: viewport.height / 2 + (py - cy) * worldSize
	};
}

/** The visible bounds under a camera (bearing and pitch 0): west, south, east, north. */
export function visibleBounds(camera: Camera, viewport: Viewport): Bounds {
	const worldSize = TILE_SIZE * 2 ** camera.zoom;
	const [cx, cy] = mercator(camera.center);
	const [west, north] = unmercator([
		cx - viewport.width / 2 / worldSize,
		cy - viewport.height / 2 / worldSize
	]);
	const [east, south] = unmercator([
		cx + viewport.width / 2 / worldSize,
		cy + viewport.height / 2 / worldSize
	]);
	return [west, south, east, north];
}

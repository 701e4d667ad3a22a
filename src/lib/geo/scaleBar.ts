import type { Camera } from '../camera/camera.ts';

/** The Earth's circumference at the equator, in metres (Web Mercator's sphere). */
const EQUATOR_M = 40_075_016.686;
const TILE_SIZE = 512;

/** Metres one screen pixel spans at a latitude and zoom, in Web Mercator. */
export function metresPerPixel(latitude: number, zoom: number): number {
	return (EQUATOR_M * Math.cos((latitude * Math.PI) / 180)) / (TILE_SIZE * 2 ** zoom);
}

export interface ScaleBar {
	/** The round distance the bar stands for. */
	km: number;
	/** Its length on screen. */
	px: number;
}

/**
 * The longest round distance (1, 2 or 5 times a power of ten, in km) whose bar
 * fits in `maxPx` at the camera's centre: what MapLibre's scale control shows.
 * Its label is the edition's to write (STATIC_MAP_TEXT).
 */
export function scaleBarFor(camera: Pick<Camera, 'center' | 'zoom'>, maxPx = 100): ScaleBar {
	const kmPerPx = metresPerPixel(camera.center[1], camera.zoom) / 1000;
	const maxKm = kmPerPx * maxPx;
	const power = 10 ** Math.floor(Math.log10(maxKm));
	const km = [5, 2, 1].map((step) => step * power).find((candidate) => candidate <= maxKm) ?? power;
	return { km, px: km / kmPerPx };
}

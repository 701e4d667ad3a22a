/**
 * Which of a basemap archive's tiles a view needs, as MapLibre picks them for
 * a vector source of 512-pixel tiles: the camera's zoom rounded down, none
 * below the archive's minZoom, its maxZoom's tiles scaled up beyond it.
 */
import { mercator, TILE_SIZE, unmercator, type Camera, type Viewport } from '../camera/camera.ts';
import type { BasemapArchive } from '../story/basemapArchive.ts';
import type { Bounds } from '../story/types.ts';

export interface TileId {
	z: number;
	x: number;
	y: number;
}

/** The zoom of the archive's tiles a camera at `zoom` draws, or null when the archive starts closer. */
export function archiveTileZoom(
	zoom: number,
	archive: Pick<BasemapArchive, 'minZoom' | 'maxZoom'>
): number | null {
	if (zoom < archive.minZoom) return null;
	return Math.min(Math.floor(zoom), archive.maxZoom);
}

/**
 * The tiles at zoom `z` under a north-up view, west to east and north to
 * south; across the 180th meridian the column numbers wrap round.
 */
export function tilesCovering(camera: Camera, viewport: Viewport, z: number): TileId[] {
	const world = TILE_SIZE * 2 ** camera.zoom;
	const [cx, cy] = mercator(camera.center);
	const count = 2 ** z;
	// A view's edge on a tile's edge takes no tile beyond it.
	const first = (fraction: number) => Math.floor(fraction * count);
	const last = (fraction: number) => Math.ceil(fraction * count) - 1;
	const west = first(cx - viewport.width / 2 / world);
	const east = last(cx + viewport.width / 2 / world);
	const north = Math.max(0, first(cy - viewport.height / 2 / world));
	const south = Math.min(count - 1, last(cy + viewport.height / 2 / world));
	const tiles: TileId[] = [];
	// A view wider than the world still needs each tile once.
	const eastmost = Math.min(east, west + count - 1);
	for (let x = west; x <= eastmost; x++)
		for (let y = north; y <= south; y++) tiles.push({ z, x: ((x % count) + count) % count, y });
	return tiles;
}

/** A tile's extent in degrees: west, south, east, north. */
export function tileBounds({ z, x, y }: TileId): Bounds {
	const count = 2 ** z;
	const [west, north] = unmercator([x / count, y / count]);
	const [east, south] = unmercator([(x + 1) / count, (y + 1) / count]);
	return [west, south, east, north];
}

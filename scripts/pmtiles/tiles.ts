/**
 * GeoJSON layers cut into vector tiles (MVT) for an archive: geojson-vt cuts,
 * vt-pbf encodes, as MapLibre's own GeoJSON sources do.
 */
import GeoJSONVT, { type LegacyTile } from 'geojson-vt';
import vtpbf from 'vt-pbf';
import type { ArchiveTile } from './writer.ts';

/** Every tile from minZoom to maxZoom that holds a feature of any layer. */
export function vectorTiles(
	layers: Record<string, GeoJSON.FeatureCollection>,
	minZoom: number,
	maxZoom: number
): ArchiveTile[] {
	const indexes = Object.entries(layers).map(
		([name, data]) =>
			[name, new GeoJSONVT(data, { maxZoom, indexMaxZoom: maxZoom, indexMaxPoints: 0, buffer: 64 })] as const
	);
	const tiles: ArchiveTile[] = [];
	for (let z = minZoom; z <= maxZoom; z++) {
		const coords = new Set<string>();
		for (const [, index] of indexes)
			for (const { z: tz, x, y } of index.tileCoords) if (tz === z) coords.add(`${x}/${y}`);
		for (const key of coords) {
			const [x, y] = key.split('/').map(Number);
			const named: Record<string, LegacyTile> = {};
			for (const [name, index] of indexes) {
				const tile = index.getTile(z, x, y);
				if (tile && tile.features.length) named[name] = tile;
			}
			if (Object.keys(named).length)
				tiles.push({ z, x, y, data: vtpbf.fromGeojsonVt(named as never, { version: 2 }) });
		}
	}
	return tiles;
}

import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { PMTiles, TileType, Compression, type Source } from 'pmtiles';
import { describe, expect, it } from 'vitest';
import { ARCHIVE_ZOOMS, LAYERS, levukaArchive } from '../fixtures/basemap/make-archive';

/** The archive as the reader sees a file on a server: bytes at offsets. */
function bufferSource(bytes: Buffer): Source {
	return {
		getKey: () => 'memory',
		getBytes: async (offset, length) => ({
			data: bytes.buffer.slice(bytes.byteOffset + offset, bytes.byteOffset + offset + length) as ArrayBuffer
		})
	};
}

/** The tile of `z` holding a point, as in the web's slippy-map scheme. */
function tileOf(lon: number, lat: number, z: number): [number, number] {
	const n = 2 ** z;
	const rad = (lat * Math.PI) / 180;
	return [
		Math.floor(((lon + 180) / 360) * n),
		Math.floor(((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * n)
	];
}

describe('the PMTiles writer, read back by the pmtiles reader', () => {
	const archive = new PMTiles(bufferSource(levukaArchive()));

	it('writes a v3 header the reader accepts: vector tiles, gzip, the zooms and bounds written', async () => {
		const header = await archive.getHeader();
		expect(header).toMatchObject({
			specVersion: 3,
			tileType: TileType.Mvt,
			tileCompression: Compression.Gzip,
			internalCompression: Compression.Gzip,
			minZoom: ARCHIVE_ZOOMS.minZoom,
			maxZoom: ARCHIVE_ZOOMS.maxZoom,
			clustered: true
		});
		expect(header.minLon).toBeLessThan(header.maxLon);
		expect(header.numTileEntries).toBeGreaterThan(ARCHIVE_ZOOMS.maxZoom - ARCHIVE_ZOOMS.minZoom);
		expect(await archive.getMetadata()).toMatchObject({
			vector_layers: Object.keys(LAYERS).map((id) => ({ id }))
		});
	});

	it("finds each zoom's tile over the features, with every layer and its kinds", async () => {
		const [lon, lat] = (LAYERS.landuse.features[0].geometry as GeoJSON.Polygon).coordinates[0][0];
		for (let z = ARCHIVE_ZOOMS.minZoom; z <= ARCHIVE_ZOOMS.maxZoom; z++) {
			const [x, y] = tileOf(lon, lat, z);
			const tile = await archive.getZxy(z, x, y);
			expect(tile, `z${z}`).toBeDefined();
			const decoded = new VectorTile(new PbfReader(new Uint8Array(tile!.data)));
			const kinds = (layer: string) =>
				Array.from(
					{ length: decoded.layers[layer]?.length ?? 0 },
					(_, i) => decoded.layers[layer].feature(i).properties.kind
				);
			expect(kinds('landuse'), `z${z}`).toContain('industrial');
			expect(kinds('roads'), `z${z}`).toContain('major_road');
		}
		// Nothing is written where there are no features.
		expect(await archive.getZxy(ARCHIVE_ZOOMS.maxZoom, 0, 0)).toBeUndefined();
	});
});

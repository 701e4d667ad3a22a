/**
 * A small PMTiles v3 writer, following the published specification
 * (github.com/protomaps/PMTiles, spec/v3/spec.md): a 127-byte header, one root
 * directory, the metadata JSON, then the tiles, clustered in tile-id order,
 * directory, metadata and tiles gzip-compressed as Protomaps' own builds are.
 * Enough for the tests' archive and for a newsroom turning a few GeoJSON layers
 * into an archive (tiles.ts); a regional extract of OpenStreetMap comes from
 * the `pmtiles extract` command instead (docs/basemap.md).
 */
import { gzipSync } from 'node:zlib';
import { zxyToTileId } from 'pmtiles';

export interface ArchiveTile {
	z: number;
	x: number;
	y: number;
	/** The tile's bytes, uncompressed (an MVT tile for a vector archive). */
	data: Uint8Array;
}

export interface ArchiveInfo {
	/** [west, south, east, north] in degrees. */
	bounds: [number, number, number, number];
	center: [number, number, number];
	metadata: Record<string, unknown>;
}

const HEADER_BYTES = 127;
/** The header and root directory must fit in the first 16 KiB: readers fetch that much at once. */
const FIRST_READ = 16_384;
const GZIP = 2;
const MVT = 1;

function varints(values: number[]): number[] {
	const bytes: number[] = [];
	for (let value of values) {
		while (value >= 0x80) {
			bytes.push((value % 0x80) | 0x80);
			value = Math.floor(value / 0x80);
		}
		bytes.push(value);
	}
	return bytes;
}

interface Entry {
	tileId: number;
	offset: number;
	length: number;
	runLength: number;
}

/** A directory as the specification lays it out: counts, then each column of the entries. */
function directoryBytes(entries: Entry[]): Uint8Array {
	let lastId = 0;
	const ids = entries.map((e) => {
		const delta = e.tileId - lastId;
		lastId = e.tileId;
		return delta;
	});
	const offsets = entries.map((e, i) =>
		i > 0 && e.offset === entries[i - 1].offset + entries[i - 1].length ? 0 : e.offset + 1
	);
	return Uint8Array.from(
		varints([
			entries.length,
			...ids,
			...entries.map((e) => e.runLength),
			...entries.map((e) => e.length),
			...offsets
		])
	);
}

/** The archive's bytes. Tiles with the same bytes are stored once. */
export function writePmtiles(tiles: ArchiveTile[], info: ArchiveInfo): Buffer {
	const sorted = tiles
		.map((tile) => ({ ...tile, tileId: zxyToTileId(tile.z, tile.x, tile.y) }))
		.sort((a, b) => a.tileId - b.tileId);
	const stored = new Map<string, { offset: number; length: number }>();
	const chunks: Buffer[] = [];
	let dataLength = 0;
	const entries: Entry[] = [];
	for (const tile of sorted) {
		const compressed = gzipSync(tile.data);
		const key = compressed.toString('base64');
		let place = stored.get(key);
		if (!place) {
			place = { offset: dataLength, length: compressed.length };
			stored.set(key, place);
			chunks.push(compressed);
			dataLength += compressed.length;
		}
		entries.push({ tileId: tile.tileId, ...place, runLength: 1 });
	}
	const root = gzipSync(directoryBytes(entries));
	if (HEADER_BYTES + root.length > FIRST_READ)
		throw new Error(
			`PMTiles: ${entries.length} tiles need leaf directories, which this writer does not make`
		);
	const metadata = gzipSync(Buffer.from(JSON.stringify(info.metadata)));
	const header = Buffer.alloc(HEADER_BYTES);
	header.write('PMTiles', 0, 'latin1');
	header.writeUInt8(3, 7);
	const sections = [
		[HEADER_BYTES, root.length], // root directory
		[HEADER_BYTES + root.length, metadata.length], // metadata
		[HEADER_BYTES + root.length + metadata.length, 0], // leaf directories: none
		[HEADER_BYTES + root.length + metadata.length, dataLength] // tile data
	];
	sections.flat().forEach((value, i) => header.writeBigUInt64LE(BigInt(value), 8 + i * 8));
	header.writeBigUInt64LE(BigInt(entries.length), 72); // addressed tiles
	header.writeBigUInt64LE(BigInt(entries.length), 80); // tile entries
	header.writeBigUInt64LE(BigInt(stored.size), 88); // tile contents
	header.writeUInt8(1, 96); // clustered
	header.writeUInt8(GZIP, 97); // internal compression
	header.writeUInt8(GZIP, 98); // tile compression
	header.writeUInt8(MVT, 99);
	header.writeUInt8(Math.min(...tiles.map((t) => t.z)), 100);
	header.writeUInt8(Math.max(...tiles.map((t) => t.z)), 101);
	const e7 = (degrees: number) => Math.round(degrees * 1e7);
	const [west, south, east, north] = info.bounds;
	[west, south, east, north].forEach((value, i) => header.writeInt32LE(e7(value), 102 + i * 4));
	const [lon, lat, zoom] = info.center;
	header.writeUInt8(zoom, 118);
	header.writeInt32LE(e7(lon), 119);
	header.writeInt32LE(e7(lat), 123);
	return Buffer.concat([header, root, metadata, ...chunks]);
}

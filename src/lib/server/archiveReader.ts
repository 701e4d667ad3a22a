/**
 * The build's reading of a story's basemap archive, for its static maps: the
 * file it reads (the site's own copy, or the `file` the story names beside an
 * archive on another origin), and the features of the tiles a view needs,
 * through the `pmtiles` reader. Nothing here fails a build: an archive the
 * build cannot read leaves the static maps on Natural Earth, and the build
 * says so once (archiveBuildNotice).
 */
import { open } from 'node:fs/promises';
import { relative } from 'node:path';
import bboxClip from '@turf/bbox-clip';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { PMTiles, tileIdToZxy, zxyToTileId, type RangeResponse, type Source } from 'pmtiles';
import { tileBounds, type TileId } from '../geo/archiveTiles.ts';
import { NAMED_SOURCE_LAYERS } from '../geo/newsroomLayers.ts';
import { withoutDegenerateRings } from '../geo/geometry.ts';
import type { BasemapArchive } from '../story/basemapArchive.ts';
import { archiveBuildFile } from './archiveFile.ts';
import type { ContentPaths } from './content.ts';

/** A file read by range, as the pmtiles reader asks a server; opened for each read, so none is left open. */
class FileSource implements Source {
	constructor(private readonly file: string) {}
	getKey() {
		return this.file;
	}
	async getBytes(offset: number, length: number): Promise<RangeResponse> {
		const handle = await open(this.file, 'r');
		try {
			const buffer = new Uint8Array(length);
			const { bytesRead } = await handle.read(buffer, 0, length, offset);
			return { data: buffer.buffer.slice(0, bytesRead) };
		} finally {
			await handle.close();
		}
	}
}

/*
 * Read once per build (a file is not expected to change while the build runs;
 * the development server must be restarted for a new copy of the archive).
 */
const archives = new Map<string, PMTiles>();
const problems = new Map<string, Promise<string | null>>();
const tiles = new Map<string, Promise<Record<string, GeoJSON.Feature[]>>>();
const namesRead = new Map<string, Promise<string[] | null>>();
const warned = new Set<string>();

function archiveAt(file: string): PMTiles {
	let archive = archives.get(file);
	if (!archive) archives.set(file, (archive = new PMTiles(new FileSource(file))));
	return archive;
}

/** Tiles of Mapbox Vector Tile type, stored raw or gzipped: what the pmtiles reader decodes here. */
const VECTOR_TILES = 1;
const READABLE_COMPRESSION = [0, 1, 2];

/** Whether the build can read the archive: null when it can, else why not. */
export function archiveProblem(file: string): Promise<string | null> {
	let problem = problems.get(file);
	if (!problem) {
		problem = archiveAt(file)
			.getHeader()
			.then(
				(header) => {
					if (header.tileType !== VECTOR_TILES)
						return `its tiles are not vector tiles (type ${header.tileType})`;
					for (const compression of [header.tileCompression, header.internalCompression])
						if (!READABLE_COMPRESSION.includes(compression))
							return `it is compressed in a way the build does not read (${compression}; gzip is)`;
					return null;
				},
				(error: Error) => error.message
			);
		problems.set(file, problem);
	}
	return problem;
}

/** Said once per file: the archive read at first, then failed part way (a corrupt tile or directory). */
function warnOnce(file: string, what: string, error: unknown) {
	if (warned.has(file)) return;
	warned.add(file);
	console.warn(
		`The basemap archive ${file}: ${what} (${(error as Error).message}); Natural Earth stands in.`
	);
}

type Clippable = GeoJSON.LineString | GeoJSON.MultiLineString | GeoJSON.Polygon | GeoJSON.MultiPolygon;

/**
 * What the build says, once, when it cannot read the story's archive (its
 * static maps show Natural Earth alone; the live map draws the archive, but
 * not its names, whose glyphs the build could not make), or null when it can.
 */
export async function archiveBuildNotice(
	paths: ContentPaths,
	archive: BasemapArchive | undefined
): Promise<string | null> {
	if (!archive) return null;
	const fallback =
		'the static maps, posters and share images show Natural Earth only, and the live map draws the archive without its names (no glyphs hold them)';
	const file = archiveBuildFile(paths, archive);
	if (!file)
		return `${paths.storyFile}, basemap.url "${archive.url}": the build reads no archive on another origin, so ${fallback}. Name a copy of it the build can read in basemap.file.`;
	const problem = await archiveProblem(file);
	if (!problem) return null;
	const field = archive.file ? `basemap.file "${archive.file}"` : `basemap.url "${archive.url}"`;
	return `${paths.storyFile}, ${field}: the build cannot read ${relative(paths.root, file)} (${problem}), so ${fallback}.`;
}

/** One tile's features in longitude and latitude, each cut to the tile (neighbours' buffers would draw twice). */
async function tileFeatures(file: string, tile: TileId): Promise<Record<string, GeoJSON.Feature[]>> {
	const response = await archiveAt(file).getZxy(tile.z, tile.x, tile.y);
	if (!response) return {};
	const decoded = new VectorTile(new PbfReader(new Uint8Array(response.data)));
	const bounds = tileBounds(tile);
	const layers: Record<string, GeoJSON.Feature[]> = {};
	for (const [name, layer] of Object.entries(decoded.layers)) {
		const features: GeoJSON.Feature[] = [];
		for (let i = 0; i < layer.length; i++) {
			const feature = layer.feature(i).toGeoJSON(tile.x, tile.y, tile.z) as GeoJSON.Feature;
			if (feature.geometry.type.endsWith('Point')) continue;
			const clipped = bboxClip(feature as GeoJSON.Feature<Clippable>, bounds).geometry as Clippable;
			const geometry =
				clipped.type === 'Polygon' || clipped.type === 'MultiPolygon'
					? withoutDegenerateRings(clipped)
					: clipped;
			if (geometry.coordinates.length > 0) features.push({ ...feature, geometry });
		}
		layers[name] = features;
	}
	return layers;
}

/**
 * The features of `wanted` tiles by source layer, or null when the archive
 * cannot be read. Tiles are read once per build: a step's static map, its
 * posters and its share image ask for the same ones.
 */
export async function archiveFeatures(
	file: string,
	wanted: TileId[]
): Promise<Record<string, GeoJSON.Feature[]> | null> {
	if (await archiveProblem(file)) return null;
	const merged: Record<string, GeoJSON.Feature[]> = {};
	try {
		for (const tile of wanted) {
			const key = `${file}/${tile.z}/${tile.x}/${tile.y}`;
			let read = tiles.get(key);
			if (!read) tiles.set(key, (read = tileFeatures(file, tile)));
			for (const [name, features] of Object.entries(await read)) (merged[name] ??= []).push(...features);
		}
	} catch (error) {
		// A corrupt tile: the static map falls back whole, not with a hole where the tile was.
		warnOnce(file, 'a tile could not be read for a static map', error);
		return null;
	}
	return merged;
}

/**
 * Every name the archive's labels can show in `lang` (its `name:<lang>`, else
 * its `name`), from its deepest tiles, which hold every feature of the
 * shallower ones: the build makes their glyphs. Null when it cannot be read.
 */
export function archiveNames(file: string, lang: string): Promise<string[] | null> {
	const key = `${file}\n${lang}`;
	let names = namesRead.get(key);
	if (!names) namesRead.set(key, (names = readNames(file, lang)));
	return names;
}

async function readNames(file: string, lang: string): Promise<string[] | null> {
	if (await archiveProblem(file)) return null;
	const names = new Set<string>();
	try {
		const archive = archiveAt(file);
		for (const { z, x, y } of await deepestTiles(archive)) {
			const response = await archive.getZxy(z, x, y);
			if (!response) continue;
			const tile = new VectorTile(new PbfReader(new Uint8Array(response.data)));
			for (const name of NAMED_SOURCE_LAYERS) {
				const layer = tile.layers[name];
				for (let i = 0; i < (layer?.length ?? 0); i++) {
					const properties = layer.feature(i).properties;
					const value = properties[`name:${lang}`] ?? properties.name;
					if (typeof value === 'string' && value.trim()) names.add(value);
				}
			}
		}
	} catch (error) {
		warnOnce(file, 'its names could not be read, so they are not drawn', error);
		return null;
	}
	return [...names].sort();
}

/**
 * The archive's tiles at its deepest zoom, each stored tile once (a run of
 * identical tiles, such as open sea, is one), found by walking its directories:
 * only the tiles it holds are read, however large its bounds.
 */
async function deepestTiles(archive: PMTiles): Promise<TileId[]> {
	const header = await archive.getHeader();
	const first = zxyToTileId(header.maxZoom, 0, 0);
	const found: TileId[] = [];
	const seen = new Set<number>();
	const walk = async (offset: number, length: number): Promise<void> => {
		const entries = await archive.cache.getDirectory(archive.source, offset, length, header);
		for (const [i, entry] of entries.entries()) {
			if (entry.runLength === 0) {
				// A leaf holds the tiles up to the next entry's first: skip the leaves wholly below the zoom.
				const next = entries[i + 1]?.tileId ?? Infinity;
				if (next > first) await walk(header.leafDirectoryOffset + entry.offset, entry.length);
			} else if (entry.tileId + entry.runLength > first && !seen.has(entry.offset)) {
				seen.add(entry.offset);
				const [z, x, y] = tileIdToZxy(Math.max(entry.tileId, first));
				found.push({ z, x, y });
			}
		}
	};
	await walk(header.rootDirectoryOffset, header.rootDirectoryLength);
	return found;
}

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { visibleBounds } from '../../src/lib/camera/camera';
import { archiveSvg } from '../../src/lib/geo/archiveSvg';
import { archiveTileZoom, tileBounds, tilesCovering } from '../../src/lib/geo/archiveTiles';
import { archiveNameField, newsroomLayers } from '../../src/lib/geo/newsroomLayers';
import { PALETTES } from '../../src/lib/geo/palette';
import { renderStaticMap } from '../../src/lib/geo/staticMap';
import {
	archiveBuildNotice,
	archiveFeatures,
	archiveNames,
	archiveProblem
} from '../../src/lib/server/archiveReader';
import { contentPaths, loadContent } from '../../src/lib/server/content';
import { withArchive } from '../../src/lib/server/archiveDrawing';
import { staticMapFor, staticMapInputFor } from '../../src/lib/server/staticMaps';
import { ARCHIVE_BOUNDS, ARCHIVE_ZOOMS, LAYERS, levukaArchive } from '../fixtures/basemap/make-archive';

const archive = { url: '/basemaps/levuka.pmtiles', attribution: 'Test', ...ARCHIVE_ZOOMS };
const dir = mkdtempSync(join(tmpdir(), 'archive-'));
const file = join(dir, 'levuka.pmtiles');
writeFileSync(file, levukaArchive());
const corrupt = join(dir, 'corrupt.pmtiles');
writeFileSync(corrupt, Buffer.alloc(200, 7));
// The same archive, its header saying its tiles are Brotli-compressed (byte 98: tile compression 3).
const brotli = join(dir, 'brotli.pmtiles');
writeFileSync(brotli, Buffer.from(levukaArchive()).fill(3, 98, 99));

describe("which of the archive's tiles a view needs", () => {
	it("starts at the archive's minZoom and scales its maxZoom tiles up beyond it, as MapLibre does", () => {
		expect(archiveTileZoom(archive.minZoom - 0.1, archive)).toBeNull();
		expect(archiveTileZoom(archive.minZoom + 0.5, archive)).toBe(archive.minZoom);
		expect(archiveTileZoom(archive.maxZoom + 2.7, archive)).toBe(archive.maxZoom);
	});

	it('covers the view with the tiles under it, wrapping round the 180th meridian', () => {
		const viewport = { width: 1024, height: 512 };
		// At zoom 3 a 512-pixel tile is a tile: the view is two wide and one high, either side of the centre.
		const inside = tilesCovering({ center: [0, 0], zoom: 3, bearing: 0, pitch: 0 }, viewport, 3);
		expect(inside.map(({ x, y }) => `${x}/${y}`).sort()).toEqual(['3/3', '3/4', '4/3', '4/4']);
		const across = tilesCovering({ center: [180, 0], zoom: 3, bearing: 0, pitch: 0 }, viewport, 3);
		expect(across.map(({ x }) => x).sort()).toEqual([0, 0, 7, 7]);
		for (const tile of across) {
			const [west, south, east, north] = tileBounds(tile);
			expect(east - west).toBeCloseTo(45);
			expect(north).toBeGreaterThan(south);
		}
	});
});

describe("the archive's names", () => {
	it("are read from its deepest tiles, in the edition's language where it has one, for their glyphs", async () => {
		const named = Object.values(LAYERS)
			.flatMap((layer) => layer.features)
			.map((f) => f.properties?.name)
			.filter(Boolean);
		expect(named.length).toBeGreaterThan(0);
		expect(await archiveNames(file, 'en')).toEqual([...new Set(named)].sort());
		expect(await archiveNames(corrupt, 'en')).toBeNull();
	});

	it("are drawn in the story's face, reading the edition's name first", () => {
		const names = newsroomLayers(archive, PALETTES.light, 'light', {
			lang: 'fa',
			fontstack: 'story-face'
		}).filter((l) => l.type === 'symbol');
		expect(names.map((l) => l.id)).toContain('newsroom-roads_labels_major');
		for (const layer of names) {
			expect(layer.layout?.['text-font']).toEqual(['story-face']);
			expect(layer.layout?.['text-field']).toEqual(archiveNameField('fa'));
			expect(JSON.stringify(layer.layout)).not.toContain('icon-image');
		}
		// Without glyphs for them, no names at all.
		expect(newsroomLayers(archive, PALETTES.light, 'light').some((l) => l.type === 'symbol')).toBe(false);
	});
});

describe('the archive in a static map', () => {
	const layers = newsroomLayers(archive, PALETTES.light, 'light');
	const [lon, lat] = [
		(ARCHIVE_BOUNDS[0] + ARCHIVE_BOUNDS[2]) / 2,
		(ARCHIVE_BOUNDS[1] + ARCHIVE_BOUNDS[3]) / 2
	];
	const camera = { center: [lon, lat] as [number, number], zoom: 12.5, bearing: 0, pitch: 0 };
	const viewport = { width: 800, height: 600 };

	it('reads the tiles a view needs from the file, each cut to its tile', async () => {
		const tiles = tilesCovering(camera, viewport, archive.maxZoom);
		const features = await archiveFeatures(file, tiles);
		// Every layer with lines or areas (a static map draws no points: names are the live map's).
		const drawable = Object.entries(LAYERS)
			.filter(([, layer]) => layer.features.some((f) => f.geometry.type !== 'Point'))
			.map(([name]) => name);
		expect(Object.keys(features!).sort()).toEqual(drawable.sort());
		// Each tile's share is cut to the tile: nothing of its buffer, which the next tile draws too.
		for (const tile of tiles) {
			const [west, south, east, north] = tileBounds(tile).map((v, i) => v + (i < 2 ? -1e-6 : 1e-6));
			for (const feature of Object.values((await archiveFeatures(file, [tile]))!).flat())
				for (const [x, y] of JSON.stringify(feature.geometry)
					.match(/-?[\d.]+,-?[\d.]+/g)!
					.map((pair) => pair.split(',').map(Number)))
					expect(x >= west && x <= east && y >= south && y <= north, `${x},${y}`).toBe(true);
		}
		expect(await archiveFeatures(corrupt, tiles)).toBeNull();
		expect(await archiveProblem(brotli)).toMatch(/compressed in a way the build does not read/);
		expect(await archiveFeatures(brotli, tiles)).toBeNull();
		expect(await archiveProblem(file)).toBeNull();
		expect(await archiveFeatures(join(dir, 'missing.pmtiles'), tiles)).toBeNull();
	});

	it("draws each kind in its layer's paint at the camera's zoom, one path per look", () => {
		const features = {
			roads: [
				{
					type: 'Feature' as const,
					properties: { kind: 'major_road' },
					geometry: {
						type: 'LineString' as const,
						coordinates: [
							[0, 0],
							[1, 1]
						]
					}
				},
				{
					type: 'Feature' as const,
					properties: { kind: 'major_road' },
					geometry: {
						type: 'LineString' as const,
						coordinates: [
							[2, 2],
							[3, 3]
						]
					}
				}
			],
			landuse: [
				{
					type: 'Feature' as const,
					properties: { kind: 'aerodrome' },
					geometry: {
						type: 'Polygon' as const,
						coordinates: [
							[
								[0, 0],
								[1, 0],
								[1, 1],
								[0, 0]
							]
						]
					}
				}
			]
		};
		const pathOf = (f: GeoJSON.Feature) => `M${JSON.stringify(f.geometry).length}`;
		const svg = archiveSvg({ layers, features, tileZoom: 12, credit: 'Test' }, 12.5, pathOf);
		const aerodrome = layers.find((l) => l.id === 'newsroom-landuse_aerodrome')!;
		expect(svg).toContain(`fill="${(aerodrome.paint as Record<string, string>)['fill-color']}"`);
		// The major roads' line and its casing: the two roads share each.
		const roadPaths = [
			...svg.matchAll(/<path d="([^"]*)" fill="none" stroke="[^"]+" stroke-width="([\d.]+)"/g)
		];
		expect(roadPaths.length).toBeGreaterThanOrEqual(2);
		for (const [, d] of roadPaths) expect(d.split('M').length - 1).toBe(2);
		const widths = roadPaths.map(([, , w]) => Number(w));
		expect(Math.max(...widths)).toBeGreaterThan(Math.min(...widths));
		// Closer in, the roads are wider (Protomaps' widths grow with the zoom).
		const closer = archiveSvg({ layers, features, tileZoom: 12, credit: 'Test' }, 14, pathOf);
		const closerWidths = [...closer.matchAll(/stroke-width="([\d.]+)"/g)].map(([, w]) => Number(w));
		expect(Math.max(...closerWidths)).toBeGreaterThan(Math.max(...widths));
		// Below the archive's minZoom nothing is drawn.
		expect(archiveSvg({ layers, features, tileZoom: 12, credit: 'Test' }, archive.minZoom - 1, pathOf)).toBe(
			''
		);
	});
});

describe("the second story's static maps", () => {
	const paths = contentPaths({ STORY_DIR: 'tests/fixtures/pacific' });
	const content = { ...loadContent(paths), archiveFile: file };
	const basemap = content.story.basemap!;
	// The steps whose static map is close enough for the archive and shows where it has shapes.
	const close = content.story.steps.filter((step) => {
		const { camera, viewport } = staticMapInputFor(content, step.id);
		const [west, south, east, north] = visibleBounds(camera, viewport);
		const [w, s, e, n] = ARCHIVE_BOUNDS;
		return archiveTileZoom(camera.zoom, basemap) !== null && west < e && east > w && south < n && north > s;
	});

	it('draw the archive in the close-ups it reaches, under the places, and nowhere else', async () => {
		expect(close.length).toBeGreaterThan(0);
		for (const step of content.story.steps) {
			const plain = renderStaticMap(staticMapInputFor(content, step.id));
			const drawn = renderStaticMap(await staticMapFor(content, step.id));
			if (!close.includes(step)) {
				expect(drawn, step.id).toBe(plain);
				continue;
			}
			const runway = layersOf(drawn).length - layersOf(plain).length;
			expect(runway, step.id).toBeGreaterThan(0);
			// Its credit joins Natural Earth's (the live map's is a line of its own).
			expect(drawn, step.id).toContain(`${basemap.attribution} | `);
			expect(plain, step.id).not.toContain(basemap.attribution);
			// The archive sits under the step's markers: the last circle comes after every new path.
			expect(drawn.lastIndexOf('<path'), step.id).toBeLessThan(drawn.lastIndexOf('<circle'));
		}
	});

	it('fall back to Natural Earth when the build cannot read the archive, and the build says so once', async () => {
		const step = close[0];
		const plain = renderStaticMap(staticMapInputFor(content, step.id));
		const broken = { ...content, archiveFile: corrupt };
		expect(renderStaticMap(await staticMapFor(broken, step.id))).toBe(plain);
		const told = (story: string) => ({ ...paths, storyFile: relative(paths.root, join(dir, story)) });
		expect(await archiveBuildNotice(told('story.aml'), { ...basemap, file: 'corrupt.pmtiles' })).toMatch(
			/story\.aml, basemap\.file "corrupt\.pmtiles": the build cannot read .*corrupt\.pmtiles \(.+\), so the static maps, posters and share images show Natural Earth only/
		);
		expect(await archiveBuildNotice(told('story.aml'), { ...basemap, file: 'levuka.pmtiles' })).toBeNull();
		expect(await archiveBuildNotice(paths, { ...basemap, file: undefined })).toMatch(
			/basemap\.url ".*": the build reads no archive on another origin.*basemap\.file/
		);
		expect(await archiveBuildNotice(paths, undefined)).toBeNull();
	});
});

/** The paths of a static map: one per drawn shape or shared look. */
const layersOf = (svg: string) => [...svg.matchAll(/<path /g)];

describe('a story without an archive', () => {
	it('gets its static maps untouched: the same input, nothing added', async () => {
		const content = loadContent();
		expect(content.story.basemap).toBeUndefined();
		for (const step of content.story.steps) {
			const input = staticMapInputFor(content, step.id);
			expect(await withArchive(input, content), step.id).toBe(input);
		}
	});
});

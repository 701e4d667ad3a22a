import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { describe, expect, it } from 'vitest';
import { CLOSE_MIN_ZOOM, closeRegions } from '../../src/lib/geo/closeBasemap.ts';
import { decodeClose } from '../../src/lib/geo/wire.ts';
import { encodeClose } from '../../src/lib/server/wire.ts';
import { detailTiersFor } from '../../src/lib/map/basemapDetail.ts';
import { PALETTES } from '../../src/lib/geo/palette.ts';
import { buildStyle } from '../../src/lib/map/style.ts';
import { basemapFor, closeBasemapFor } from '../../src/lib/server/basemap.ts';
import { renderStaticMap } from '../../src/lib/geo/staticMap.ts';
import { loadContent } from '../../src/lib/server/content.ts';
import { EMPTY_COLLECTION } from '../../src/lib/geo/wire.ts';
import type { Bounds } from '../../src/lib/story/types.ts';

const content = loadContent();
const close = closeBasemapFor(content.frames);

/** A static map of nothing but the basemap, around a point. */
const staticInputNear = (center: [number, number], zoom: number) => ({
	camera: { center, zoom, bearing: 0, pitch: 0 },
	viewport: { width: 960, height: 640 },
	basemap: basemapFor(content.frames),
	layers: [],
	arcs: [],
	highlighted: [],
	places: [],
	palette: PALETTES.light,
	lang: 'en' as const,
	title: 'T',
	description: 'D'
});

type Polygonal = GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon>;
const inside = (point: [number, number], features: GeoJSON.Feature[]) =>
	features.some((f) => booleanPointInPolygon(point, f as Polygonal, { ignoreBoundary: true }));

// A country and an uncertainty area: a geo layer gets style layers only for the roles its features need.
const square = (precision: string): GeoJSON.Feature => ({
	type: 'Feature',
	properties: { id: `site-${precision}`, precision, kind: 'country' },
	geometry: {
		type: 'Polygon',
		coordinates: [
			[
				[50, 30],
				[51, 30],
				[51, 31],
				[50, 30]
			]
		]
	}
});
const SITES: GeoJSON.FeatureCollection = {
	type: 'FeatureCollection',
	features: [square('area'), square('uncertain')]
};

/** The style of a story with one geo layer, "sites", on an empty basemap. */
const sitesStyle = () =>
	buildStyle(
		{ land: EMPTY_COLLECTION, borders: EMPTY_COLLECTION, labels: EMPTY_COLLECTION },
		{
			layers: [{ id: 'sites', title: 'Sites', data: SITES }],
			arcs: EMPTY_COLLECTION,
			reference: EMPTY_COLLECTION
		},
		PALETTES.light
	);

describe('the 1:10m close-up basemap', () => {
	it('covers the close-up frames with a margin, merges overlapping boxes and leaves wide frames out', () => {
		const town: Bounds = [10, 10, 10.2, 10.1];
		const nextTown: Bounds = [11, 10, 11.1, 10.2];
		const farTown: Bounds = [40, -20, 40.1, -19.9];
		const region: Bounds = [0, 0, 30, 20];
		const boxes = closeRegions([town, region, nextTown, farTown]);
		expect(boxes).toHaveLength(2);
		const [near, far] = boxes;
		for (const frame of [town, nextTown])
			expect(near[0] < frame[0] && near[1] < frame[1] && near[2] > frame[2] && near[3] > frame[3]).toBe(true);
		expect(far[0]).toBeLessThan(farTown[0]);
		expect(far[2]).toBeGreaterThan(farTown[2]);
		// The wide frame is left to the 1:50m region.
		expect(near[2] - near[0]).toBeLessThan(region[2] - region[0]);
	});

	it("splits each of this story's close-up boxes into land and sea, with no gap and no overlap", () => {
		expect(close.regions.length).toBeGreaterThan(0);
		for (const [west, south, east, north] of close.regions) {
			let land = 0;
			let sea = 0;
			for (let i = 0.5; i < 12; i++)
				for (let j = 0.5; j < 12; j++) {
					const point: [number, number] = [
						west + ((east - west) * i) / 12,
						south + ((north - south) * j) / 12
					];
					const onLand = inside(point, close.land.features);
					const atSea = inside(point, close.sea.features);
					expect(onLand !== atSea, `${point} is on land ${onLand} and at sea ${atSea}`).toBe(true);
					if (onLand) land++;
					else sea++;
				}
			expect(land).toBeGreaterThan(0);
			expect(land + sea).toBe(144);
		}
	});

	it('makes a close-up box with no land in it all sea, rather than failing the build', () => {
		// The equatorial Pacific, hundreds of kilometres from the nearest island.
		const atSea = closeBasemapFor({ 'open-sea': [-140.1, -0.1, -139.9, 0.1] });
		expect(atSea.regions).toHaveLength(1);
		expect(atSea.land.features).toHaveLength(0);
		const [west, south, east, north] = atSea.regions[0];
		expect(inside([(west + east) / 2, (south + north) / 2], atSea.sea.features)).toBe(true);
		expect(inside([west + (east - west) / 100, south + (north - south) / 100], atSea.sea.features)).toBe(
			true
		);
	});

	it("carries the provinces' outlines in the close-up boxes, inside them, and draws them dashed", () => {
		expect(close.provinces.features.length).toBeGreaterThan(0);
		const positions = close.provinces.features.flatMap((f) => f.geometry.coordinates.flat());
		// Within the rounding (4 decimals) of a box's edge.
		const inSomeBox = ([x, y]: GeoJSON.Position) =>
			close.regions.some(([w, s, e, n]) => x >= w - 1e-4 && x <= e + 1e-4 && y >= s - 1e-4 && y <= n + 1e-4);
		expect(positions.every(inSomeBox)).toBe(true);
		// The Achin close-up shows where Nangarhar meets its neighbours: some outline runs
		// within 0.5° of the district.
		const achin = content.places.find((p) => p.id === 'achin')!.anchor;
		expect(positions.some(([x, y]) => Math.hypot(x - achin[0], y - achin[1]) < 0.5)).toBe(true);
		const near = (zoom: number) => renderStaticMap({ ...staticInputNear(achin, zoom), close });
		expect(near(CLOSE_MIN_ZOOM + 1)).toContain('stroke-dasharray="4 3"');
		expect(near(CLOSE_MIN_ZOOM - 1)).not.toContain('stroke-dasharray="4 3"');
		const order = sitesStyle().layers.map((l) => l.id);
		expect(order.indexOf('close-provinces')).toBeLessThan(order.indexOf('close-borders'));
	});

	it('travels as TopoJSON and comes back with its land, sea, borders and provinces', () => {
		const back = decodeClose(encodeClose(close));
		expect(back.land.features).toHaveLength(close.land.features.length);
		expect(back.sea.features).toHaveLength(close.sea.features.length);
		expect(back.provinces.features).toHaveLength(close.provinces.features.length);
		expect(back.borders.features.length).toBeGreaterThan(0);
	});

	it('is asked for only by views that come close', () => {
		expect(detailTiersFor(1)).toEqual([]);
		expect(detailTiersFor(4)).toEqual(['region']);
		expect(detailTiersFor(CLOSE_MIN_ZOOM - 1)).toEqual(['region', 'close']);
		expect(detailTiersFor(CLOSE_MIN_ZOOM - 1.1)).toEqual(['region']);
	});

	it('trims the country fills to the coast, but not the uncertainty areas, which may lie at sea', () => {
		const order = sitesStyle().layers.map((l) => l.id);
		const at = (id: string) => order.indexOf(id);
		expect(at('close-sea')).toBeGreaterThan(at('region-land'));
		expect(at('close-sea')).toBeGreaterThan(at('sites-fill'));
		expect(at('close-sea')).toBeGreaterThan(at('highlight-fill'));
		expect(at('close-sea')).toBeLessThan(at('sites-uncertain-fill'));
		expect(at('close-land')).toBeGreaterThan(at('region-borders'));
	});

	it('leaves the coarse country outlines to the 1:10m borders in close views', () => {
		const style = sitesStyle();
		const layerById = (id: string) => style.layers.find((l) => l.id === id)!;
		expect(layerById('sites-outline').maxzoom).toBe(CLOSE_MIN_ZOOM);
		expect(layerById('highlight-outline').maxzoom).toBe(CLOSE_MIN_ZOOM);
		expect(layerById('close-borders').minzoom).toBe(CLOSE_MIN_ZOOM);
		// Uncertainty areas keep their dashed outline at every zoom.
		expect(layerById('sites-uncertain').maxzoom).toBeUndefined();
	});

	it('draws the 1:10m coast into static maps of close views only', () => {
		const [west, south, east, north] = close.regions[0];
		const center: [number, number] = [(west + east) / 2, (south + north) / 2];
		const svgAt = (zoom: number) => renderStaticMap({ ...staticInputNear(center, zoom), close });
		const seaPaths = (svg: string) =>
			svg.match(new RegExp(`<path d="[^"]+" fill="${PALETTES.light.sea}"`, 'g')) ?? [];
		expect(seaPaths(svgAt(CLOSE_MIN_ZOOM + 1)).length).toBeGreaterThan(0);
		expect(seaPaths(svgAt(CLOSE_MIN_ZOOM - 1))).toEqual([]);
	});
});

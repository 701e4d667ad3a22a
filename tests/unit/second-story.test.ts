import { describe, expect, it } from 'vitest';
import { cameraForBounds, project } from '../../src/lib/camera/camera.ts';
import { storyLayout } from '../../src/lib/camera/layout.ts';
import { mapStateFor } from '../../src/lib/camera/mapState.ts';
import { frameCrossesAntimeridian, frameBounds, kmOutside } from '../../src/lib/geo/geometry.ts';
import { renderStaticMap } from '../../src/lib/geo/staticMap.ts';
import { contentPaths, loadContent } from '../../src/lib/server/content.ts';
import { staticMapInputFor } from '../../src/lib/server/staticMaps.ts';

const point = (lon: number, lat: number): GeoJSON.Feature => ({
	type: 'Feature',
	properties: {},
	geometry: { type: 'Point', coordinates: [lon, lat] }
});
const collection = (...features: GeoJSON.Feature[]): GeoJSON.FeatureCollection => ({
	type: 'FeatureCollection',
	features
});

describe('frames across the 180th meridian', () => {
	it('go the short way: the widest gap between longitudes is left out', () => {
		expect(frameBounds(collection(point(178, -18), point(-172, -14)))).toEqual([178, -18, 188, -14]);
		expect(frameBounds(collection(point(10, 0), point(170, 5), point(-170, 10)))).toEqual([10, 0, 190, 10]);
		// Washington to Tehran stays the ordinary way round.
		expect(frameBounds(collection(point(-77, 38.9), point(51.4, 35.7)))).toEqual([-77, 35.7, 51.4, 38.9]);
		expect(frameCrossesAntimeridian([178, -18, 188, -14])).toBe(true);
		expect(frameCrossesAntimeridian([-77, 35.7, 51.4, 38.9])).toBe(false);
	});

	it('give a camera on the meridian, with both places on screen', () => {
		const viewport = { width: 1280, height: 800 };
		const padding = storyLayout(viewport).padding;
		const camera = cameraForBounds([178, -18, 188, -14], viewport, padding);
		expect(camera.center[0]).toBeGreaterThanOrEqual(-180);
		expect(camera.center[0]).toBeLessThan(180);
		expect(camera.zoom).toBeGreaterThan(3);
		for (const place of [
			[178, -18],
			[-172, -14]
		] as [number, number][]) {
			const { x, y } = project(place, camera, viewport);
			expect(x, String(place)).toBeGreaterThanOrEqual(padding.left - 1);
			expect(x, String(place)).toBeLessThanOrEqual(viewport.width - padding.right + 1);
			expect(y).toBeGreaterThan(0);
		}
	});
});

describe('how far a place lies outside its country', () => {
	const square: GeoJSON.Polygon = {
		type: 'Polygon',
		coordinates: [
			[
				[0, 0],
				[1, 0],
				[1, 1],
				[0, 1],
				[0, 0]
			]
		]
	};
	it('is 0 inside, and the distance to the nearest edge outside', () => {
		expect(kmOutside([0.5, 0.5], square)).toBe(0);
		expect(kmOutside([1.1, 0.5], square)).toBeCloseTo(11.13, 1);
		expect(kmOutside([0.5, -0.2], square)).toBeCloseTo(22.1, 1);
	});
});

describe('the second story (tests/fixtures/pacific)', () => {
	const content = loadContent(contentPaths({ STORY_DIR: 'tests/fixtures/pacific' }));

	it('builds from content alone, with a step framed across the meridian', () => {
		expect(content.story.steps.length).toBeGreaterThan(0);
		expect(Object.values(content.frames).some(frameCrossesAntimeridian)).toBe(true);
		for (const step of content.story.steps) {
			const { camera } = mapStateFor(step, content.frames[step.id], { width: 1280, height: 800 });
			expect(camera.zoom, step.id).toBeGreaterThan(1.5);
		}
	});

	it('cuts its country shapes at the meridian: no ring runs round the world (a band across the live map)', () => {
		for (const layer of content.layers)
			for (const feature of layer.features) {
				const geometry = feature.geometry;
				if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') continue;
				const rings = geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
				for (const ring of rings) {
					const lons = ring.map((p) => p[0]);
					expect(Math.max(...lons) - Math.min(...lons), feature.properties.id).toBeLessThan(180);
				}
			}
	});

	it('draws its static maps across the meridian in one piece: every place pinned, no sliver round the world', () => {
		for (const step of content.story.steps.filter((s) => frameCrossesAntimeridian(content.frames[s.id]))) {
			const input = staticMapInputFor(content, step.id);
			const svg = renderStaticMap(input);
			const pinned = input.places.filter((p) => step.focus.includes(p.id));
			const markers = [...svg.matchAll(/<circle cx="(-?[\d.]+)" cy="(-?[\d.]+)" r="(?:6|9)"/g)];
			expect(markers.length, `${step.id}: a pin for each focus place`).toBeGreaterThanOrEqual(pinned.length);
			// A shape drawn across the picture from edge to edge would run the full width in one segment.
			for (const [, d] of svg.matchAll(/<path d="([^"]+)" fill="#(?:e8c9a0|d98b4a)"/g)) {
				const xs = [...d.matchAll(/[ML](-?[\d.]+)[ ,]/g)].map((m) => Number(m[1]));
				expect(Math.max(...xs) - Math.min(...xs), step.id).toBeLessThan(960);
			}
		}
	}, 30_000);
});

import { describe, expect, it } from 'vitest';
import {
	pickTowns,
	plainName,
	screenPixel,
	STORY_CLEARANCE,
	TOWN_SPACING,
	townId,
	type ContextView,
	type GazetteerTown
} from '../../src/lib/geo/towns.ts';
import { CLOSE_MIN_ZOOM } from '../../src/lib/geo/closeBasemap.ts';
import { closeViews, townsFor } from '../../src/lib/server/towns.ts';
import { loadContent } from '../../src/lib/server/content.ts';

const view = (zoom: number, towns = 8): ContextView => ({
	camera: { center: [50, 30], zoom, bearing: 0, pitch: 0 },
	viewport: { width: 1000, height: 800 },
	padding: { top: 50, right: 50, bottom: 50, left: 400 },
	towns
});
const town = (id: string, population: number, lon: number, lat: number): GazetteerTown => ({
	id,
	name: id,
	country: 'XX',
	population,
	lon,
	lat
});
/** A point `dx`, `dy` pixels from the view's centre at its zoom. */
const at = (v: ContextView, dx: number, dy: number): [number, number] => {
	const perDegree = (512 * 2 ** v.camera.zoom) / 360;
	return [50 + dx / perDegree, 30 - dy / perDegree / 1.155];
};

describe('towns around the close-ups', () => {
	it('names the largest towns in the framed area, apart, clear of story places and the text', () => {
		const v = view(9);
		const gazetteer = [
			town('big', 100000, ...at(v, 100, 0)),
			town('next-to-big', 90000, ...at(v, 100 + TOWN_SPACING / 2, 0)),
			town('under-the-text', 80000, ...at(v, -300, 0)),
			town('by-the-story', 70000, ...at(v, 0, 200)),
			town('small', 1000, ...at(v, 200, -200)),
			town('unknown-size', 0, ...at(v, -50, -200))
		];
		const story: [number, number] = at(v, 0, 200 + STORY_CLEARANCE / 2);
		const picked = pickTowns(gazetteer, [v], [story], 'Test');
		expect(picked.map((f) => f.properties.id)).toEqual(['big', 'small', 'unknown-size']);
		expect(picked.map((f) => f.properties.rank)).toEqual([0, 1, 2]);
		expect(picked.every((f) => f.properties.minZoom === 9 && f.properties.kind === 'town')).toBe(true);
		for (const f of picked) {
			const [x, y] = screenPixel(v, f.geometry.coordinates as [number, number]);
			expect(x).toBeGreaterThan(v.padding.left);
			expect(y).toBeLessThan(v.viewport.height - v.padding.bottom);
		}
	});

	it('stops at the number a view holds, and shows a town from the lowest whole zoom that picked it', () => {
		const near = view(9.6, 1);
		const far = view(7.2, 1);
		const gazetteer = [town('a', 5000, ...at(near, 100, 0)), town('b', 4000, ...at(near, 100, 200))];
		const picked = pickTowns(gazetteer, [near, far], [], 'Test');
		expect(picked.map((f) => [f.properties.id, f.properties.minZoom])).toEqual([['a', 7]]);
	});

	it('writes names and ids in plain letters', () => {
		expect(plainName('Abū Ghurayb')).toBe('Abu Ghurayb');
		expect(plainName('Ta‘izz')).toBe("Ta'izz");
		expect(townId('Bardsīr')).toBe('town-bardsir');
	});

	// Reads the gazetteers (300,000 places) and the content: seconds on a busy machine.
	it("picks this story's towns for its close-up steps only, each named once", { timeout: 30_000 }, () => {
		const content = loadContent();
		const views = closeViews(content);
		expect(views.length).toBeGreaterThan(0);
		expect(views.every((v) => v.camera.zoom >= CLOSE_MIN_ZOOM)).toBe(true);
		const towns = townsFor({
			...content,
			reference: content.reference.filter((f) => f.properties.minZoom === undefined)
		});
		const ids = towns.map((f) => f.properties.id);
		expect(new Set(ids).size).toBe(ids.length);
		expect(towns.length).toBeGreaterThanOrEqual(views.length / 2);
	});
});

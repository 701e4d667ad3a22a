import { keyPlace } from '../../src/lib/camera/keyPlace.ts';
import { describe, expect, it } from 'vitest';
import { railPlace, storyLayout, withRail } from '../../src/lib/camera/layout.ts';
import { clearLayout } from '../../src/lib/camera/embedLayout.ts';
import { loadContent } from '../../src/lib/server/content.ts';
import { clustersOf, datedSteps, MIN_GAP, railScale } from '../../src/lib/story/timeline.ts';

const { story } = loadContent();
const dated = (dates: (string | undefined)[]) => dates.map((date) => ({ date }));

describe('the time rail', () => {
	it('lists the dated steps oldest first, same-day steps in story order, undated ones left out', () => {
		const entries = datedSteps(dated(['2024-01-25', undefined, '2015-01-26', '2024-01-25', '2020-01-03']));
		expect(entries.map((e) => e.index)).toEqual([2, 4, 0, 3]);
		expect(datedSteps(dated(['2024-01-25', '2015-01-26', '2020-01-03']), [0, 2]).map((e) => e.index)).toEqual(
			[2, 0]
		);
		expect(datedSteps(dated([undefined, undefined]))).toEqual([]);
	});

	it('breaks the axis at gaps that would waste it, and nowhere else', () => {
		const entries = datedSteps(dated(['2015-01-26', '2020-01-03', '2023-10-07', '2023-11-19', '2024-01-25']));
		expect(clustersOf(entries).map((c) => c.map((e) => e.date.slice(0, 4)))).toEqual([
			['2015'],
			['2020'],
			['2023', '2023', '2024']
		]);
		const steady = datedSteps(dated(['2020-01-01', '2021-01-01', '2022-01-01', '2023-01-01']));
		expect(clustersOf(steady)).toHaveLength(1);
	});

	it('draws each run to a real time scale: equal days, equal distances', () => {
		const entries = datedSteps(dated(['2015-01-01', '2023-10-01', '2023-11-01', '2023-12-02', '2024-01-02']));
		const { dots, breaks } = railScale(entries, 600);
		expect(breaks).toHaveLength(1);
		const [, a, b, c, d] = dots.map((dot) => dot.dateX);
		// 31, 31 and 31 days apart.
		expect(b - a).toBeCloseTo(c - b, 0);
		expect(c - b).toBeCloseTo(d - c, 0);
		expect(dots[0].x).toBeLessThan(breaks[0]);
		expect(a).toBeGreaterThan(breaks[0]);
	});

	it('keeps every button at least a target apart, in date order, within the rail', () => {
		const entries = datedSteps(story.steps);
		expect(entries.length).toBeGreaterThan(1);
		const width = 500;
		const { dots, compact } = railScale(entries, width);
		expect(compact).toBe(false);
		for (let i = 1; i < dots.length; i++) {
			expect(dots[i].x - dots[i - 1].x).toBeGreaterThanOrEqual(MIN_GAP - 0.1);
			expect(dots[i].dateX).toBeGreaterThanOrEqual(dots[i - 1].dateX);
		}
		expect(dots[0].x).toBeGreaterThanOrEqual(0);
		expect(dots[dots.length - 1].x).toBeLessThanOrEqual(width);
	});

	it('labels each run with its year, and labels never crowd', () => {
		const entries = datedSteps(story.steps);
		const { years } = railScale(entries, 500);
		const firstYear = entries[0].date.slice(0, 4);
		expect(years[0].label).toBe(firstYear);
		expect(years.map((y) => y.label)).toContain(entries[entries.length - 1].date.slice(0, 4));
		for (let i = 1; i < years.length; i++) expect(years[i].x - years[i - 1].x).toBeGreaterThanOrEqual(40);
	});

	it('is compact when a button per step does not fit', () => {
		const entries = datedSteps(story.steps);
		expect(railScale(entries, entries.length * MIN_GAP - 1).compact).toBe(true);
		expect(railScale([], 500).compact).toBe(true);
	});

	it('one date: a single dot in the middle', () => {
		const { dots, compact } = railScale(datedSteps(dated(['2022-01-15'])), 300);
		expect(compact).toBe(false);
		expect(dots[0].x).toBe(150);
	});
});

describe('where the rail sits', () => {
	it('never under the text column on desktops, and the camera keeps places clear of it', () => {
		const layout = storyLayout({ width: 1280, height: 800 });
		const rail = railPlace(layout);
		expect(rail.edge).toBe('top');
		expect(rail.x).toBeGreaterThanOrEqual(layout.text.x + layout.text.width);
		expect(rail.x + rail.width).toBeLessThanOrEqual(layout.map.width);
		expect(withRail(layout).padding.top).toBeGreaterThan(rail.y + rail.height);
	});

	it('a thin compact strip along the map on phones; at the bottom of the embeds', () => {
		for (const phoneLayout of ['split', 'overlay'] as const) {
			const layout = storyLayout({ width: 390, height: 844 }, phoneLayout);
			const rail = railPlace(layout);
			expect(rail.compact).toBe(true);
			// The strip leaves the end of its row to the key's button (keyPlace).
			const key = keyPlace(layout);
			expect(rail.width + key.width).toBe(390);
			expect(key.collapsed).toBe(true);
			expect(key.y).toBe(rail.y);
			expect(withRail(layout).padding.bottom).toBeGreaterThan(rail.y + rail.height);
		}
		const embed = railPlace(clearLayout({ width: 640, height: 400 }));
		expect(embed.edge).toBe('bottom');
		expect(embed.compact).toBe(false);
		expect(railPlace(clearLayout({ width: 390, height: 290 })).compact).toBe(true);
	});
});

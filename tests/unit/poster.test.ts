import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { storyMapLayout } from '../../src/lib/camera/layout.ts';
import { mapStateFor } from '../../src/lib/camera/mapState.ts';
import { placePointLabels } from '../../src/lib/geo/labelPlacement.ts';
import { POSTER_SIZES } from '../../src/lib/geo/staticMapSize.ts';
import { renderStaticMap } from '../../src/lib/geo/staticMap.ts';
import { relativePathData } from '../../src/lib/geo/svg.ts';
import { geoIdentity } from 'd3-geo';
import { ENGAGEMENT_EVENTS, whenEngagedOrIdle, type StartTarget } from '../../src/lib/map/liveMapStart.ts';
import { loadContent } from '../../src/lib/server/content.ts';
import { locatorsFor } from '../../src/lib/server/locators.ts';
import { posterViewport, staticMapInputFor } from '../../src/lib/server/staticMaps.ts';
import { stepLabelsFor } from '../../src/lib/server/stepLabels.ts';

describe('posters', () => {
	const content = loadContent();
	const { story } = content;
	const locators = locatorsFor(content);

	it("frame every step with the live map's camera for the poster's screen", () => {
		for (const size of POSTER_SIZES)
			for (const step of story.steps) {
				const viewport = posterViewport(size, content);
				const layout = storyMapLayout(viewport, {
					phoneLayout: story.phoneLayout,
					dir: 'ltr',
					rail: story.steps.some((s) => s.date),
					locator: Boolean(locators[step.id])
				});
				const live = mapStateFor(step, content.frames[step.id], viewport, layout.padding, {
					labels: stepLabelsFor(content)[step.id],
					dir: 'ltr'
				});
				const poster = staticMapInputFor(content, step.id, size);
				expect(poster.viewport, `${size} ${step.id}`).toEqual(viewport);
				expect(poster.camera, `${size} ${step.id}`).toEqual(live.camera);
			}
	});

	it('leave the scale, the credit and the locator to the page', () => {
		const step = story.steps.find((s) => locators[s.id]) ?? story.steps[0];
		const poster = renderStaticMap(staticMapInputFor(content, step.id, 'wide'));
		const full = renderStaticMap(staticMapInputFor(content, step.id));
		expect(full).toContain('class="scale-bar"');
		expect(poster).not.toContain('class="scale-bar"');
		if (locators[step.id]) expect(poster.match(/<svg /g)).toHaveLength(1);
	});

	it('are split phones: the top part of the screen', () => {
		const phone = posterViewport('phone', content);
		const wide = posterViewport('wide', content);
		expect(phone.width).toBeLessThan(wide.width);
		if (story.phoneLayout === 'split') expect(phone.height).toBeLessThan(phone.width * 2);
	});
});

describe('point labels on static maps', () => {
	const viewport = { width: 400, height: 300 };

	it('sit beside the point, away from the text column first', () => {
		const [ltr] = placePointLabels([{ x: 100, y: 100, radius: 8, text: 'Kerman' }], viewport, 'ltr');
		const [rtl] = placePointLabels([{ x: 300, y: 100, radius: 8, text: 'کرمان' }], viewport, 'rtl');
		expect(ltr).toMatchObject({ anchor: 'start' });
		expect(ltr!.x).toBeGreaterThan(100);
		expect(rtl).toMatchObject({ anchor: 'end' });
		expect(rtl!.x).toBeLessThan(300);
	});

	it('give way to labels placed before them and stay inside the picture', () => {
		const labels = placePointLabels(
			[
				{ x: 100, y: 100, radius: 8, text: 'Baghdad International Airport' },
				{ x: 104, y: 102, radius: 8, text: 'Soleimani strike site' },
				{ x: 395, y: 200, radius: 8, text: 'Edge' }
			],
			viewport,
			'ltr'
		);
		expect(labels[0]).toMatchObject({ anchor: 'start' });
		// Its neighbour cannot sit on the same line: it moves below or above, or is left out.
		expect(labels[1]?.anchor ?? 'none').not.toBe('start');
		// At the right edge, the label goes left.
		expect(labels[2]).toMatchObject({ anchor: 'end' });
	});

	it('stay out of what covers the map', () => {
		const column = { x: 0, y: 0, width: 150, height: 300 };
		const point = { x: 200, y: 100, radius: 8, text: 'Kerman' };
		expect(placePointLabels([point], viewport, 'rtl')[0]).toMatchObject({ anchor: 'end' });
		expect(placePointLabels([point], viewport, 'rtl', [column])[0]).toMatchObject({ anchor: 'start' });
	});
});

describe('the live map takes over', () => {
	class FakeWindow extends EventTarget implements StartTarget {
		document = { readyState: 'loading' as DocumentReadyState };
		idle: (() => void)[] = [];
		requestIdleCallback = (callback: () => void) => this.idle.push(callback);
		cancelIdleCallback = () => {};
	}
	beforeEach(() => void vi.useFakeTimers());
	afterEach(() => void vi.useRealTimers());

	it('at the first engagement, once', () => {
		for (const type of ENGAGEMENT_EVENTS) {
			const target = new FakeWindow();
			const start = vi.fn();
			whenEngagedOrIdle(start, { target, idleMs: 3000 });
			expect(start).not.toHaveBeenCalled();
			target.dispatchEvent(new Event(type));
			target.dispatchEvent(new Event(type));
			target.dispatchEvent(new Event('load'));
			vi.advanceTimersByTime(10_000);
			expect(start, type).toHaveBeenCalledTimes(1);
		}
	});

	it('when the page has been idle a while after its load', () => {
		const target = new FakeWindow();
		const start = vi.fn();
		whenEngagedOrIdle(start, { target, idleMs: 3000 });
		vi.advanceTimersByTime(10_000);
		expect(start).not.toHaveBeenCalled(); // not loaded yet
		target.dispatchEvent(new Event('load'));
		vi.advanceTimersByTime(2999);
		expect(target.idle).toHaveLength(0);
		vi.advanceTimersByTime(1);
		target.idle.forEach((callback) => callback());
		expect(start).toHaveBeenCalledTimes(1);
		target.dispatchEvent(new Event('scroll'));
		expect(start).toHaveBeenCalledTimes(1);
	});

	it('never after the view is gone', () => {
		const target = new FakeWindow();
		target.document.readyState = 'complete';
		const start = vi.fn();
		const cancel = whenEngagedOrIdle(start, { target, idleMs: 3000 });
		cancel();
		target.dispatchEvent(new Event('keydown'));
		vi.advanceTimersByTime(10_000);
		target.idle.forEach((callback) => callback());
		expect(start).not.toHaveBeenCalled();
	});

	it('in an embed, idle only once the frame is on screen; engagement at any time', () => {
		const target = new FakeWindow();
		target.document.readyState = 'complete';
		let onScreen = () => {};
		const start = vi.fn();
		whenEngagedOrIdle(start, {
			target,
			idleMs: 3000,
			visible: (callback) => ((onScreen = callback), () => {})
		});
		vi.advanceTimersByTime(10_000);
		target.idle.forEach((callback) => callback());
		expect(start, 'idle but off screen').not.toHaveBeenCalled();
		onScreen();
		vi.advanceTimersByTime(3000);
		target.idle.forEach((callback) => callback());
		expect(start).toHaveBeenCalledTimes(1);

		const engaged = new FakeWindow();
		const early = vi.fn();
		whenEngagedOrIdle(early, { target: engaged, visible: () => () => {} });
		engaged.dispatchEvent(new Event('pointerdown'));
		expect(early).toHaveBeenCalledTimes(1);
	});
});

describe('poster paths', () => {
	/** Absolute points of each subpath, read back from path data with M, l, h, v and z. */
	function absoluteRings(d: string): [number, number][][] {
		const rings: [number, number][][] = [];
		let x = 0;
		let y = 0;
		for (const [, command, args] of d.matchAll(/([MlhvzZ])([^MlhvzZ]*)/g)) {
			const numbers = (args.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
			if (command === 'M') rings.push([[(x = numbers[0]), (y = numbers[1])]]);
			for (let i = 0; command === 'l' && i < numbers.length; i += 2)
				rings.at(-1)!.push([(x += numbers[i]), (y += numbers[i + 1])]);
			for (const n of command === 'h' ? numbers : []) rings.at(-1)!.push([(x += n), y]);
			for (const n of command === 'v' ? numbers : []) rings.at(-1)!.push([x, (y += n)]);
		}
		return rings;
	}

	it('are written relatively in whole pixels, every point where rounding puts it', () => {
		const ring = (points: [number, number][]) => [...points, points[0]];
		const outer = ring([
			[0.4, 0.2],
			[120.6, 0.4],
			[120.2, 80.7],
			[60.5, 80.2],
			[60.4, 140.9],
			[-30.6, 140.2]
		]);
		const hole = ring([
			[10.2, 10.3],
			[10.4, 20.6],
			[30.9, 20.2]
		]);
		const feature: GeoJSON.Feature = {
			type: 'Feature',
			properties: {},
			geometry: { type: 'Polygon', coordinates: [outer, hole] }
		};
		const d = relativePathData(geoIdentity())(feature);
		expect(d).toMatch(/^M-?\d+,-?\d+[lhv]/);
		expect(d).not.toMatch(/\./);
		const expected = [outer, hole].map((r) =>
			r.slice(0, -1).map(([px, py]) => [Math.round(px), Math.round(py)])
		);
		expect(absoluteRings(d)).toEqual(expected);
		expect(d.match(/z/g)).toHaveLength(2);
	});

	it('draw a point as one circle around it', () => {
		const point: GeoJSON.Feature = {
			type: 'Feature',
			properties: {},
			geometry: { type: 'Point', coordinates: [20.2, 30.4] }
		};
		// d3's default point radius is 4.5: whole pixels make it 5, starting from the right.
		expect(relativePathData(geoIdentity())(point)).toBe('M25,30a5,5,0,1,0,-10,0a5,5,0,1,0,10,0');
	});
});

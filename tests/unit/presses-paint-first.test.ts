import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import {
	paintPressesFirst,
	type FrameScheduler,
	type RepaintingMap
} from '../../src/lib/map/pressesPaintFirst';

/** A map that counts the frames it draws; a frame is drawn when the test runs the animation frame. */
class FakeMap implements RepaintingMap {
	_frameRequest: AbortController | null = null;
	drawn = 0;
	triggerRepaint() {
		if (this._frameRequest) return;
		const request = (this._frameRequest = new AbortController());
		frames.push(() => {
			if (request.signal.aborted) return;
			this._frameRequest = null;
			this.drawn += 1;
		});
	}
}

let frames: (() => void)[] = [];
/** The browser's animation frame, then the tasks after its paint, run by hand. */
function manualScheduler() {
	const beforePaint: (() => void)[] = [];
	const tasks: (() => void)[] = [];
	const scheduler: FrameScheduler = {
		beforePaint: (callback) => beforePaint.push(callback),
		task: (callback) => tasks.push(callback)
	};
	/** One rendering update: the page's callbacks and the map's frame, then the paint; returns frames drawn in it. */
	const renderingUpdate = (map: FakeMap) => {
		const before = map.drawn;
		const due = [...frames.splice(0), ...beforePaint.splice(0)];
		for (const callback of due) callback();
		return map.drawn - before;
	};
	const runTasks = () => tasks.splice(0).forEach((task) => task());
	return { scheduler, renderingUpdate, runTasks };
}

describe('a press paints before the map draws its next frame', () => {
	it('holds the frame pending at a press and draws it in the update after the paint', () => {
		frames = [];
		const map = new FakeMap();
		const window = new EventTarget();
		const { scheduler, renderingUpdate, runTasks } = manualScheduler();
		paintPressesFirst(map, window, scheduler);
		map.triggerRepaint(); // mid-flight: a frame is on its way
		window.dispatchEvent(new Event('pointerdown'));
		map.triggerRepaint(); // the press starts a new camera move
		expect(renderingUpdate(map)).toBe(0); // the page's answer paints without a map frame
		runTasks();
		expect(renderingUpdate(map)).toBe(1); // then the map draws, once
	});

	it('leaves the map alone between presses', () => {
		frames = [];
		const map = new FakeMap();
		const window = new EventTarget();
		const { scheduler, renderingUpdate } = manualScheduler();
		paintPressesFirst(map, window, scheduler);
		map.triggerRepaint();
		expect(renderingUpdate(map)).toBe(1);
	});

	it('gives the map its own repaint back when stopped', () => {
		frames = [];
		const map = new FakeMap();
		const window = new EventTarget();
		const stop = paintPressesFirst(map, window, manualScheduler().scheduler);
		stop();
		expect(Object.hasOwn(map, 'triggerRepaint')).toBe(false);
		window.dispatchEvent(new Event('keydown'));
		map.triggerRepaint();
		expect(frames).toHaveLength(1);
	});

	it('relies on a frame request MapLibre still keeps under that name', () => {
		const require = createRequire(import.meta.url);
		const library = readFileSync(require.resolve('maplibre-gl/dist/maplibre-gl.mjs'), 'utf8');
		expect(library).toMatch(/_frameRequest=new AbortController/);
		expect(library).toMatch(/triggerRepaint\(\)\{/);
	});
});

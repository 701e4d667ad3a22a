import { describe, expect, it } from 'vitest';
import { cameraForBounds, project, type Camera } from '../../src/lib/camera/camera.ts';
import {
	anchorOffsets,
	anchorOrder,
	labelArea,
	labelBox,
	nameSides
} from '../../src/lib/camera/labelAnchors.ts';
import { cameraClearOfLabels, labelOverflow } from '../../src/lib/camera/labelFrame.ts';
import { railPlace, storyLayout } from '../../src/lib/camera/layout.ts';

const desktop = { width: 1280, height: 800 };
const phone = { width: 390, height: 422 };

describe('the sides a name may take', () => {
	it('are tried on the reading side first, and mirrored right to left', () => {
		expect(anchorOrder('ltr')[0]).toBe('left'); // text to the right of the point
		expect(anchorOrder('rtl')[0]).toBe('right');
		expect(anchorOrder('rtl').length).toBe(8);
		expect(new Set(anchorOrder('rtl'))).toEqual(new Set(anchorOrder('ltr')));
	});

	it('put the text on the anchor side of the point, clear of it', () => {
		const at = { x: 100, y: 100 };
		const right = labelBox('left', at, 60);
		expect(right.x).toBeGreaterThan(at.x);
		const left = labelBox('right', at, 60);
		expect(left.x + left.width).toBeLessThan(at.x);
		const below = labelBox('top', at, 60);
		expect(below.y).toBeGreaterThan(at.y);
		expect(below.x + below.width / 2).toBeCloseTo(at.x);
	});

	it('keep a name off the text column, the controls along the top and a phone rail strip', () => {
		const ltr = labelArea(storyLayout(desktop), desktop);
		const text = storyLayout(desktop).text;
		expect(ltr.x).toBeGreaterThanOrEqual(text.x + text.width);
		const rtl = labelArea(storyLayout(desktop, 'split', 'rtl'), desktop);
		expect(rtl.x + rtl.width).toBeLessThanOrEqual(storyLayout(desktop, 'split', 'rtl').text.x);
		const onPhone = labelArea(storyLayout(phone), phone);
		const strip = railPlace(storyLayout(phone));
		expect(onPhone.y + onPhone.height).toBeLessThanOrEqual(phone.height - strip.height);
		expect(onPhone.y).toBeGreaterThan(0);
	});

	it('are those that keep the name whole: near the right edge, not to its right', () => {
		const camera: Camera = { center: [0, 0], zoom: 4, bearing: 0, pitch: 0 };
		const area = labelArea(storyLayout(phone), phone);
		// A point 40 px in from the right edge, halfway down.
		const worldPx = 512 * 2 ** 4;
		const at: [number, number] = [((phone.width / 2 - 40) / worldPx) * 360, 0];
		expect(project(at, camera, phone).x).toBeCloseTo(phone.width - 40);
		const sides = nameSides(at, 90, camera, phone, area, 'ltr').whole;
		expect(sides).toEqual(['right', 'top-right', 'bottom-right']);
		// So narrow a map that no side fits: none.
		expect(nameSides(at, 400, camera, phone, area, 'ltr').whole).toEqual([]);
	});

	it("are written as MapLibre's anchor-offset pairs, in em", () => {
		expect(anchorOffsets(['left', 'top'])).toEqual(['left', [17 / 13, 0], 'top', [0, 17 / 13]]);
	});
});

describe('the camera framing names', () => {
	const frame: [number, number, number, number] = [40, 20, 60, 35];
	const fit = (padding: { top: number; right: number; bottom: number; left: number }) =>
		cameraForBounds(frame, phone, padding, { maxZoom: 8 });
	const padding = storyLayout(phone).padding;
	// A name at the frame's west edge: written to the left of its point, it would run past the map's edge.
	const labels = [{ at: [40, 28] as [number, number], width: 110 }];

	it('leaves room on either side of a name when that costs under a zoom step', () => {
		const camera = cameraClearOfLabels(fit, padding, phone, labels, 'ltr');
		expect(labelOverflow(labels, camera, phone, 'ltr', 'either')).toBe(0);
		expect(fit(padding).zoom - camera.zoom).toBeLessThanOrEqual(1);
	});

	it('settles for the reading side where both would cost more', () => {
		// A long name at the frame's west edge: to its left the map would zoom out too far.
		const west = [{ at: [40, 28] as [number, number], width: 200 }];
		const camera = cameraClearOfLabels(fit, padding, phone, west, 'ltr');
		expect(labelOverflow(west, camera, phone, 'ltr', 'either')).toBeGreaterThan(0);
		expect(labelOverflow(west, camera, phone, 'ltr', 'reading')).toBe(0);
		expect(fit(padding).zoom - camera.zoom).toBeLessThanOrEqual(1);
	});
});

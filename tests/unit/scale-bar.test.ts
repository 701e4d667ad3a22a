import { describe, expect, it } from 'vitest';
import { metresPerPixel, scaleBarFor } from '../../src/lib/geo/scaleBar.ts';

describe('scale bar', () => {
	it('measures Web Mercator pixels: half as many metres per zoom level, fewer towards the poles', () => {
		expect(metresPerPixel(0, 0)).toBeCloseTo(78_271.5, 0);
		expect(metresPerPixel(0, 1)).toBeCloseTo(metresPerPixel(0, 0) / 2, 6);
		expect(metresPerPixel(60, 3)).toBeCloseTo(metresPerPixel(0, 3) / 2, 6);
	});

	it('shows the longest round distance that fits, with a bar of the right length', () => {
		for (const zoom of [0.7, 3, 5.5, 9, 11]) {
			for (const lat of [0, 31.4, 64]) {
				const bar = scaleBarFor({ center: [0, lat], zoom }, 100);
				const kmPerPx = metresPerPixel(lat, zoom) / 1000;
				expect(bar.px).toBeLessThanOrEqual(100);
				expect(bar.px).toBeGreaterThan(100 / 2.5 - 1e-9);
				expect(bar.km / bar.px).toBeCloseTo(kmPerPx, 9);
				const mantissa = bar.km / 10 ** Math.floor(Math.log10(bar.km));
				expect([1, 2, 5]).toContain(Math.round(mantissa * 1e6) / 1e6);
			}
		}
	});
});

import { describe, expect, it } from 'vitest';
import { project } from '../../src/lib/camera/camera.ts';
import {
	CREDIT_LINE,
	creditRoomFor,
	locatorPlace,
	storyLayout,
	withLocator
} from '../../src/lib/camera/layout.ts';
import { mapStateFor } from '../../src/lib/camera/mapState.ts';
import {
	LOCATOR_MIN_ZOOM,
	LOCATOR_REFERENCE_VIEWPORT,
	renderLocator,
	locatorLabel,
	whereIs,
	type Country
} from '../../src/lib/geo/locator.ts';
import { PALETTES } from '../../src/lib/geo/palette.ts';
import { basemapFor } from '../../src/lib/server/basemap.ts';
import { loadContent } from '../../src/lib/server/content.ts';
import { loadEdition } from '../../src/lib/server/editions.ts';
import { locatorsFor } from '../../src/lib/server/locators.ts';

const content = loadContent();
const countries = basemapFor(content.frames).worldLand.features as Country[];
const locators = locatorsFor(content);

describe('locator insets', () => {
	it('go with every step seen closer than a region, and only those', () => {
		for (const step of content.story.steps) {
			const { camera } = mapStateFor(step, content.frames[step.id], LOCATOR_REFERENCE_VIEWPORT);
			expect(step.id in locators, step.id).toBe(camera.zoom > LOCATOR_MIN_ZOOM);
		}
		expect(Object.keys(locators).length).toBeGreaterThan(0);
	});

	it('name where the view is: the part of the country, or the nearest country', () => {
		const iran = countries.find((c) => c.properties.name === 'Iran')!;
		const [w, s, e, n] = [44, 25, 63.3, 39.8];
		expect(iran).toBeDefined();
		const southEast = whereIs([w + 0.75 * (e - w), s + 0.3 * (n - s)], countries);
		expect(southEast).toEqual({ relation: 'in', part: 'south-east', country: 'Iran' });
		expect(locatorLabel(southEast)).toBe('Locator: the view is in south-eastern Iran');
		expect(whereIs([w + 0.5 * (e - w), s + 0.5 * (n - s)], countries)).toMatchObject({ part: 'central' });
		expect(locatorLabel(whereIs([38, 20], countries))).toMatch(/^Locator: the view is near \S/);
		for (const [id, locator] of Object.entries(locators))
			expect(locator.label, id).toMatch(/^Locator: the view is (in (\w+(-\w+)? )?|near )\S/);
	});

	it('are named in each edition, with its names of the countries', () => {
		const persian = loadEdition('fa');
		const where = whereIs([57, 30], countries);
		expect(where.relation).toBe('in');
		if (where.relation !== 'in') return;
		const label = locatorLabel(where, 'fa', persian.names?.countries);
		expect(label).toContain(persian.names!.countries[where.country]);
		expect(label).not.toMatch(/[A-Za-z]/);
		expect(locatorLabel({ relation: 'at-sea' }, 'fa')).not.toMatch(/[A-Za-z]/);
	});

	it('mark the view with a rectangle, or a dot when it would be tiny', () => {
		const tiny = renderLocator([57.0, 30.2, 57.1, 30.3], [57.0, 30.2, 57.1, 30.3], countries, PALETTES.light);
		expect(tiny.svg).toContain('<circle');
		expect(tiny.svg).not.toContain('<rect x=');
		const wide = renderLocator([54, 27, 60, 32], [56, 29, 58, 30], countries, PALETTES.light);
		expect(wide.svg).toMatch(/<rect x="[\d.]+" y="[\d.]+" width="[\d.]+" height="[\d.]+" fill="none"/);
		expect(wide.svg).toContain(`aria-label="${wide.label}"`);
		expect(wide.svg).toContain(`fill="${PALETTES.light.country}"`);
	});

	it('sit in a corner the camera keeps its places clear of, at every size', () => {
		// With a basemap archive's credit line too, which moves a top corner's inset down a line.
		expect(creditRoomFor({ url: '/basemaps/a.pmtiles' })).toBe(CREDIT_LINE);
		expect(creditRoomFor(undefined)).toBe(0);
		for (const [viewport, creditRoom] of [
			[{ width: 1280, height: 800 }, 0],
			[{ width: 1280, height: 800 }, creditRoomFor({})],
			[{ width: 390, height: 844 }, 0],
			[{ width: 320, height: 568 }, creditRoomFor({})]
		] as const) {
			const screen = storyLayout(viewport);
			const layout = withLocator(screen, creditRoom);
			const inset = locatorPlace(screen, creditRoom);
			if (inset.corner.startsWith('top')) expect(inset.y).toBe(locatorPlace(screen).y + creditRoom);
			expect(layout.padding.top).toBeGreaterThanOrEqual(
				inset.corner.startsWith('top') ? inset.y + inset.height : 0
			);
			const map = { width: layout.map.width, height: layout.map.height };
			const rect =
				inset.corner === 'top-right'
					? { x: map.width - inset.x - inset.width, y: inset.y }
					: { x: inset.x, y: map.height - inset.y - inset.height };
			for (const step of content.story.steps.filter((s) => s.id in locators)) {
				const state = mapStateFor(step, content.frames[step.id], map, layout.padding);
				for (const id of step.focus) {
					const anchor = content.places.find((p) => p.id === id)!.anchor;
					const { x, y } = project(anchor, state.camera, map);
					const under = x >= rect.x && x <= rect.x + inset.width && y >= rect.y && y <= rect.y + inset.height;
					expect(under, `${id} at ${step.id}, ${viewport.width}px, credits ${creditRoom}`).toBe(false);
				}
			}
		}
	});
});

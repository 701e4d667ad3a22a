import { describe, expect, it } from 'vitest';
import { CLOSE_MIN_ZOOM } from '../../src/lib/geo/closeBasemap.ts';
import { entriesAt, keyEntriesFor, keySvg, KEY_KINDS } from '../../src/lib/geo/mapKey.ts';
import { PALETTES } from '../../src/lib/geo/palette.ts';
import { storyLayout, storyMapLayout, withKey } from '../../src/lib/camera/layout.ts';
import { clearLayout } from '../../src/lib/camera/embedLayout.ts';
import { keyPlace } from '../../src/lib/camera/keyPlace.ts';
import { KEY_WORDS } from '../../src/lib/locale/keyWords.ts';
import { loadContent } from '../../src/lib/server/content.ts';
import { loadEdition } from '../../src/lib/server/editions.ts';
import { keyEntriesByStep } from '../../src/lib/server/mapKey.ts';
import { staticMapInputFor } from '../../src/lib/server/staticMaps.ts';
import { renderStaticMap } from '../../src/lib/geo/staticMap.ts';

const content = loadContent();
const byStep = keyEntriesByStep(content);
const kindsOf = (stepId: string) => byStep[stepId].map((entry) => entry.kind);

describe('the map key', () => {
	it('lists only the kinds each step draws, in one order', () => {
		for (const step of content.story.steps) {
			const kinds = kindsOf(step.id);
			expect(kinds.length, step.id).toBeGreaterThan(0);
			expect([...kinds].sort((a, b) => KEY_KINDS.indexOf(a) - KEY_KINDS.indexOf(b))).toEqual(kinds);
			// Arcs: a solid one is a link, a schematic one is dashed; a step without arcs has neither.
			const arcs = content.arcs.filter((arc) => step.arcs.some((a) => a.id === arc.properties?.id));
			expect(kinds.includes('route')).toBe(arcs.some((arc) => !arc.properties?.schematic));
			expect(kinds.includes('schematic')).toBe(arcs.some((arc) => arc.properties?.schematic));
			// A highlighted point is "in focus"; one shown but not highlighted is a place of the story.
			const points = content.places.filter((p) => step.layers.includes(p.layer) && p.kind !== 'country');
			const shownPoints = points.filter((p) =>
				content.layers
					.find((l) => l.id === p.layer)!
					.features.some((f) => f.properties.id === p.id && f.geometry.type === 'Point')
			);
			expect(kinds.includes('highlightedPlace')).toBe(shownPoints.some((p) => step.highlight.includes(p.id)));
		}
	});

	it('explains the provinces only where a close-up draws them, and from their zoom', () => {
		for (const step of content.story.steps) {
			const province = byStep[step.id].find((entry) => entry.kind === 'province');
			if (province) expect(province.minZoom).toBe(CLOSE_MIN_ZOOM);
		}
		expect(Object.values(byStep).some((entries) => entries.some((e) => e.kind === 'province'))).toBe(true);
		const withProvinces = Object.keys(byStep).find((id) => kindsOf(id).includes('province'))!;
		expect(entriesAt(byStep[withProvinces], CLOSE_MIN_ZOOM - 1).map((e) => e.kind)).not.toContain('province');
	});

	it('reads from the step and its layers, not from a list kept by hand', () => {
		const step = { layers: ['a'], highlight: ['p2'], arcs: [{ id: 'x' }] };
		const layers = [
			{
				id: 'a',
				features: [
					{ geometry: { type: 'Point', coordinates: [0, 0] }, properties: { id: 'p1' } },
					{ geometry: { type: 'Point', coordinates: [1, 0] }, properties: { id: 'p2' } },
					{
						geometry: { type: 'Polygon', coordinates: [] },
						properties: { id: 'c', precision: 'area', kind: 'territory' }
					}
				]
			},
			{ id: 'b', features: [{ geometry: { type: 'Polygon', coordinates: [] }, properties: { id: 'd' } }] }
		] as Parameters<typeof keyEntriesFor>[1];
		const kinds = keyEntriesFor(step, layers, [{ properties: { id: 'x', schematic: true } }]).map(
			(e) => e.kind
		);
		expect(kinds).toEqual(['highlightedPlace', 'place', 'territory', 'schematic']);
	});

	it("is drawn into the static maps in each edition's words, and never onto the posters", () => {
		for (const lang of ['en', 'fa'] as const) {
			const edition = loadEdition(lang);
			const step = edition.story.steps.find((s) => kindsOf(s.id).includes('route'))!;
			const svg = renderStaticMap(staticMapInputFor(edition, step.id));
			expect(svg).toContain('class="map-key"');
			expect(svg).toContain(KEY_WORDS[lang].kinds.route);
			const poster = renderStaticMap(staticMapInputFor(edition, step.id, 'wide'));
			expect(poster).not.toContain('class="map-key"');
		}
		const rtl = keySvg(
			[{ kind: 'place' }],
			KEY_WORDS.fa,
			PALETTES.light,
			{ x: 0, y: 0, width: 300 },
			'rtl',
			(t) => t
		);
		expect(rtl).toContain('text-anchor="end"');
		expect(keySvg([], KEY_WORDS.en, PALETTES.light, { x: 0, y: 0, width: 300 }, 'ltr', (t) => t)).toBe('');
	});

	it('keeps framed places clear of its corner on every layout', () => {
		for (const viewport of [
			{ width: 1280, height: 800 },
			{ width: 390, height: 844 }
		])
			for (const dir of ['ltr', 'rtl'] as const) {
				const plain = storyLayout(viewport, 'split', dir);
				const layout = storyMapLayout(viewport, { phoneLayout: 'split', dir, rail: true, locator: false });
				const key = keyPlace(plain, { rail: true });
				expect(layout.padding.bottom).toBeGreaterThanOrEqual(key.y + key.height);
				expect(key.corner.endsWith(dir === 'rtl' ? 'left' : 'right')).toBe(true);
				expect(key.collapsed).toBe(plain.kind === 'phone');
			}
		const clear = clearLayout({ width: 960, height: 640 });
		const key = keyPlace(clear);
		expect(withKey(clear).padding.bottom).toBeGreaterThanOrEqual(key.y + key.height);
	});
});

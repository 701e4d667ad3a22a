import { describe, expect, it } from 'vitest';
import { project } from '../../src/lib/camera/camera.ts';
import { clearLayout } from '../../src/lib/camera/layout.ts';
import { mapStateFor } from '../../src/lib/camera/mapState.ts';
import { renderStaticMap } from '../../src/lib/geo/staticMap.ts';
import { PALETTES } from '../../src/lib/map/style.ts';
import { basemapFor } from '../../src/lib/server/basemap.ts';
import { loadContent } from '../../src/lib/server/content.ts';
import { placeFromUrl } from '../../src/lib/story/deepLink.ts';
import { problemsWith, SAMPLE_STORY } from './helpers.ts';

const content = loadContent();
const step = (id: string) => content.story.steps.find((s) => s.id === id)!;

describe('map descriptions', () => {
	it('name the layers, the places in view, what is marked, and the arcs with their lengths', () => {
		expect(step('anniversary').mapDescription).toBe(
			'Map showing Baghdad airport, Iran, Iraq and Kerman. In view: Soleimani strike site and Kerman. ' +
				'Also marked: Kerman bombings (approximate area; exact location unknown). ' +
				'A line from Soleimani strike site to Kerman, about 1,250 km (Soleimani killed here, buried in Kerman).'
		);
		expect(step('warning').mapDescription).toContain(
			'A dashed line from Washington, D.C. to Tehran, about 10,180 km (US warning, via an intermediary); only its two ends are known.'
		);
		expect(step('explore').mapDescription).toContain('You can pan and zoom the map.');
	});

	it('separate names that contain commas with semicolons', () => {
		expect(step('isis-k').mapDescription).toContain('In view: Achin district, Nangarhar and Jalalabad.');
		expect(step('claim').mapDescription).toContain('In view: Achin district, Nangarhar and Kerman.');
		expect(step('overview').mapDescription).toContain(
			'Kerman; Soleimani strike site; Achin district, Nangarhar;'
		);
	});

	it('can be written by an editor instead', () => {
		const story = SAMPLE_STORY.replace(
			'layers: land\n',
			'layers: land\nmapDescription: The capital, in close-up.\n'
		);
		expect(problemsWith(story)).toEqual([]);
	});
});

describe('static maps', () => {
	const viewport = { width: 960, height: 640 };
	const render = (id: string, title?: string) => {
		const s = step(id);
		const state = mapStateFor(s, content.frames[s.id], viewport, clearLayout(viewport).padding);
		const shown = new Set(state.layers);
		const places = content.places.filter(
			(p) => shown.has(p.layer) && p.kind !== 'country' && p.precision !== 'uncertain'
		);
		const svg = renderStaticMap({
			camera: state.camera,
			viewport,
			basemap: basemapFor(content.frames),
			layers: content.layers
				.filter((l) => shown.has(l.id))
				.map((l) => ({ type: 'FeatureCollection', features: l.features })),
			arcs: content.arcs.filter((a) => state.arcs.includes(a.properties?.id as string)),
			highlighted: state.highlighted,
			places,
			palette: PALETTES.light,
			title: title ?? s.title,
			description: s.mapDescription
		});
		return { svg, state, places };
	};

	it('put each place where the live map would, with the step as title and description', () => {
		const { svg, state, places } = render('baghdad');
		expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 960 640"/);
		expect(svg).toContain('<title id="t">Four years earlier, at Baghdad airport</title>');
		expect(svg).toContain(`<desc id="d">${step('baghdad').mapDescription}</desc>`);
		for (const place of places.filter((p) => step('baghdad').focus.includes(p.id))) {
			const { x, y } = project(place.anchor, state.camera, viewport);
			const circle = new RegExp(
				`<circle cx="${(Math.round(x * 10) / 10).toString().replace('.', '\\.')}" cy="${(Math.round(y * 10) / 10).toString().replace('.', '\\.')}"`
			);
			expect(svg).toMatch(circle);
		}
	});

	it('draw the uncertainty area as a dashed outline, not a pin, and escape text', () => {
		const { svg } = render('kerman');
		expect(svg).toContain('stroke-dasharray="4 4"');
		expect(svg).not.toContain('>Kerman bombings<');
		expect(render('kerman', 'Ash & <smoke>').svg).toContain('<title id="t">Ash &amp; &lt;smoke&gt;</title>');
	});
});

describe('?place= links', () => {
	it('open known places and report anything else as text, cut short', () => {
		expect(placeFromUrl(new URL('https://x.org/?place=achin'), ['achin'])).toEqual({ id: 'achin' });
		expect(placeFromUrl(new URL('https://x.org/?place=%3Cscript%3E'), ['achin'])).toEqual({
			unknown: '<script>'
		});
		expect(placeFromUrl(new URL(`https://x.org/?place=${'a'.repeat(200)}`), []).unknown).toHaveLength(61);
		expect(placeFromUrl(new URL('https://x.org/'), ['achin'])).toEqual({});
	});
});

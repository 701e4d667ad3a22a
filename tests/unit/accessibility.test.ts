import { describe, expect, it } from 'vitest';
import { project } from '../../src/lib/camera/camera.ts';
import { clearLayout } from '../../src/lib/camera/layout.ts';
import { mapStateFor } from '../../src/lib/camera/mapState.ts';
import { scaleBarFor } from '../../src/lib/geo/scaleBar.ts';
import { renderStaticMap } from '../../src/lib/geo/staticMap.ts';
import { PALETTES } from '../../src/lib/map/style.ts';
import { basemapFor } from '../../src/lib/server/basemap.ts';
import { placeFromUrl } from '../../src/lib/story/deepLink.ts';
import { assembleContent, loadContent } from '../../src/lib/server/content.ts';
import { describeStep } from '../../src/lib/story/describeStep.ts';
import { layersFrom, sampleLayers, SAMPLE_STORY } from './helpers.ts';

const content = loadContent();
const step = (id: string) => content.story.steps.find((s) => s.id === id)!;

describe('map descriptions', () => {
	const placeName = (id: string) => content.places.find((p) => p.id === id)!.name;
	const arcLength = (id: string) =>
		(content.arcs.find((a) => a.properties?.id === id)!.properties!.lengthKm as number).toLocaleString(
			'en-GB'
		);

	it('name the layers, the places in view, what is marked, and the arcs with their lengths', () => {
		for (const s of content.story.steps) {
			const description = s.mapDescription;
			for (const layer of content.layers.filter((l) => s.layers.includes(l.id)))
				expect(description, s.id).toContain(layer.title);
			for (const id of s.focus) expect(description, s.id).toContain(placeName(id));
			for (const id of s.highlight) expect(description, s.id).toContain(placeName(id));
			for (const arc of s.arcs) {
				const sentence = `line from ${placeName(arc.from)} to ${placeName(arc.to)}, about ${arcLength(arc.id)} km`;
				expect(description, s.id).toContain(sentence);
				if (arc.label) expect(description, s.id).toContain(`(${arc.label})`);
				if (arc.schematic) expect(description, s.id).toContain('only its two ends are known');
			}
			expect(description.includes('You can pan and zoom the map.'), s.id).toBe(s.explore);
		}
	});

	it('separate names that contain commas with semicolons', () => {
		const places = new Map(content.places.map((p) => [p.id, p]));
		const withComma = content.places.find((p) => p.name.includes(',') && p.precision !== 'uncertain')!;
		const plain = content.places.filter((p) => !p.name.includes(',') && p.precision !== 'uncertain');
		const step = {
			...content.story.steps[0],
			focus: [plain[0].id, withComma.id, plain[1].id],
			highlight: []
		};
		expect(describeStep(step, places, new Map(), content.layers)).toContain(
			`In view: ${plain[0].name}; ${withComma.name} and ${plain[1].name}.`
		);
		const simple = { ...step, focus: [plain[0].id, plain[1].id] };
		expect(describeStep(simple, places, new Map(), content.layers)).toContain(
			`In view: ${plain[0].name} and ${plain[1].name}.`
		);
	});

	it('can be written by an editor instead', () => {
		const written = 'The capital, in close-up.';
		const story = SAMPLE_STORY.replace('layers: land\n', `layers: land\nmapDescription: ${written}\n`);
		const { layers, issues } = layersFrom(sampleLayers());
		const assembled = assembleContent('story.aml', story, layers, issues).story;
		const generated = assembleContent('story.aml', SAMPLE_STORY, layersFrom(sampleLayers()).layers).story;
		expect(assembled.steps[0].mapDescription).toBe(written);
		expect(generated.steps[0].mapDescription).not.toBe(written);
		expect(assembled.steps[1].mapDescription).toBe(generated.steps[1].mapDescription);
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
		expect(svg).toContain(`<title id="t">${step('baghdad').title}</title>`);
		expect(svg).toContain(`<desc id="d">${step('baghdad').mapDescription}</desc>`);
		for (const place of places.filter((p) => step('baghdad').focus.includes(p.id))) {
			const { x, y } = project(place.anchor, state.camera, viewport);
			const circle = new RegExp(
				`<circle cx="${(Math.round(x * 10) / 10).toString().replace('.', '\\.')}" cy="${(Math.round(y * 10) / 10).toString().replace('.', '\\.')}"`
			);
			expect(svg).toMatch(circle);
		}
	});

	it('carry a scale bar in kilometres for their camera', () => {
		for (const s of content.story.steps) {
			const { svg, state } = render(s.id);
			const bar = scaleBarFor(state.camera);
			expect(svg, s.id).toContain(`class="label" font-size="11">${bar.label}</text>`);
			expect(svg, s.id).toContain(`H${Math.round((10 + bar.px) * 10) / 10}V`);
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

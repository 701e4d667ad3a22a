import { describe, expect, it } from 'vitest';
import { project } from '../../src/lib/camera/camera.ts';
import { scaleBarFor } from '../../src/lib/geo/scaleBar.ts';
import { LOCATOR_SIZE } from '../../src/lib/geo/locator.ts';
import { renderStaticMap } from '../../src/lib/geo/staticMap.ts';
import { STATIC_MAP_SIZE } from '../../src/lib/geo/staticMapSize.ts';
import { STATIC_MAP_TEXT } from '../../src/lib/locale/staticMapText.ts';
import { loadEdition } from '../../src/lib/server/editions.ts';
import { staticMapSvg } from '../../src/lib/server/staticMapFont.ts';
import { staticMapInputFor } from '../../src/lib/server/staticMaps.ts';
import { placeFromUrl } from '../../src/lib/story/deepLink.ts';
import { assembleContent, loadContent } from '../../src/lib/server/content.ts';
import { describeStep } from '../../src/lib/story/describeStep.ts';
import { inViewOf } from '../../src/lib/geo/inView.ts';
import { layersFrom, problemsWith, sampleLayers, SAMPLE_STORY } from './helpers.ts';
import { woff2Characters } from './woff2.ts';

const content = loadContent();

describe('map descriptions', () => {
	const placeName = (id: string) => content.places.find((p) => p.id === id)!.name;
	const arcLength = (id: string) =>
		(content.arcs.find((a) => a.properties?.id === id)!.properties!.lengthKm as number).toLocaleString(
			'en-GB'
		);

	it('name the layers and places in view, what is marked, and the arcs with their lengths; nothing out of view', () => {
		for (const s of content.story.steps) {
			const description = s.mapDescription;
			const inView = inViewOf(content.views[s.id], content.layers);
			for (const layer of content.layers.filter((l) => s.layers.includes(l.id)))
				if (inView.layers.has(layer.id)) expect(description, s.id).toContain(layer.title);
				else expect(description, `${s.id}: ${layer.title} is out of view`).not.toContain(layer.title);
			for (const id of [...s.focus, ...s.highlight])
				if (inView.places.has(id)) expect(description, s.id).toContain(placeName(id));
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
		const everything = {
			layers: new Set(content.layers.map((l) => l.id)),
			places: new Set(content.places.map((p) => p.id))
		};
		const withComma = content.places.find((p) => p.name.includes(',') && p.precision !== 'uncertain')!;
		const plain = content.places.filter((p) => !p.name.includes(',') && p.precision !== 'uncertain');
		const step = {
			...content.story.steps[0],
			focus: [plain[0].id, withComma.id, plain[1].id],
			highlight: []
		};
		expect(describeStep(step, places, new Map(), content.layers, everything)).toContain(
			`In view: ${plain[0].name}; ${withComma.name} and ${plain[1].name}.`
		);
		const simple = { ...step, focus: [plain[0].id, plain[1].id] };
		expect(describeStep(simple, places, new Map(), content.layers, everything)).toContain(
			`In view: ${plain[0].name} and ${plain[1].name}.`
		);
	});

	it('never name a layer or place the view leaves out, generated or written', () => {
		// The sample's first step frames the capital; its port, in the other layer, lies far outside.
		const both = SAMPLE_STORY.replace('layers: land\n', 'layers: land, sea\n');
		const generated = assembleContent('story.aml', both, layersFrom(sampleLayers()).layers).story.steps[0];
		expect(generated.mapDescription).toContain('Land');
		expect(generated.mapDescription).not.toMatch(/\b(Sea|Port)\b/);

		const naming = (words: string) =>
			problemsWith(SAMPLE_STORY.replace('layers: land\n', `layers: land\nmapDescription: ${words}\n`));
		expect(naming('Square, with its capital in view.')).toEqual([]);
		expect(naming('Square, with its Capital and the Port.')).toEqual([
			'story.aml, step "first", field "mapDescription": names "Port", which is out of view at this step: describe what the map shows'
		]);
		// A word that only holds a name ("Portside") is not the name.
		expect(naming('Square and its Capital, Portside.')).toEqual([]);
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
	const render = (id: string, title?: string) => {
		const input = staticMapInputFor(content, id);
		return { svg: renderStaticMap(title ? { ...input, title } : input), input };
	};
	/** A step whose focus is made of points (pins), and one that shows an uncertainty area. */
	const pinned = content.story.steps.find((s) =>
		s.focus.some((id) => content.places.find((p) => p.id === id)?.precision === 'exact')
	)!;
	const uncertain = content.places.find((p) => p.precision === 'uncertain')!;
	const showingUncertain = content.story.steps.find((s) => s.layers.includes(uncertain.layer))!;

	it('select what the step shows: its layers, arcs and highlights, and pins only for its point places', () => {
		for (const s of content.story.steps) {
			const input = staticMapInputFor(content, s.id);
			const shownFeatures = content.layers.filter((l) => s.layers.includes(l.id)).map((l) => l.features);
			expect(
				input.layers.map((l) => l.features),
				s.id
			).toEqual(shownFeatures);
			expect(
				input.arcs.map((a) => a.properties?.id),
				s.id
			).toEqual(s.arcs.map((arc) => arc.id));
			expect(input.highlighted, s.id).toEqual(s.highlight);
			for (const place of input.places) {
				expect(s.layers, place.id).toContain(place.layer);
				expect(place.kind, place.id).not.toBe('country');
				expect(place.precision, place.id).not.toBe('uncertain');
			}
			expect(input.title).toBe(s.title);
			expect(input.description).toBe(s.mapDescription);
		}
		expect(() => staticMapInputFor(content, 'no-such-step')).toThrow('No step "no-such-step"');
		// The first call builds the 1:10m basemap and the insets: seconds on a busy machine.
	}, 30_000);

	it('put each place where the live map would, with the step as title and description', () => {
		const { svg, input } = render(pinned.id);
		expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 960 640"/);
		expect(svg).toContain(`<title id="t">${pinned.title}</title>`);
		expect(svg).toContain(`<desc id="d">${pinned.mapDescription}</desc>`);
		const focusPlaces = input.places.filter((p) => pinned.focus.includes(p.id));
		expect(focusPlaces.length).toBeGreaterThan(0);
		for (const place of focusPlaces) {
			const { x, y } = project(place.anchor, input.camera, input.viewport);
			const at = (v: number) => (Math.round(v * 10) / 10).toString().replace('.', '\\.');
			expect(svg).toMatch(new RegExp(`<circle cx="${at(x)}" cy="${at(y)}"`));
		}
	});

	it('carry a scale bar in kilometres for their camera', () => {
		for (const s of content.story.steps) {
			const { svg, input } = render(s.id);
			const bar = scaleBarFor(input.camera);
			expect(svg, s.id).toContain(`class="label" font-size="11">${bar.km.toLocaleString('en-GB')} km</text>`);
			expect(svg, s.id).toContain(`H${Math.round((10 + bar.px) * 10) / 10}V`);
		}
	});

	it('draw the uncertainty area as a dashed outline, not a pin, and escape text', () => {
		const { svg } = render(showingUncertain.id);
		expect(svg).toContain('stroke-dasharray="4 4"');
		expect(svg).not.toContain(`>${uncertain.name}<`);
		expect(render(showingUncertain.id, 'Ash & <smoke>').svg).toContain(
			'<title id="t">Ash &amp; &lt;smoke&gt;</title>'
		);
	});
});

describe("the Persian edition's static maps", () => {
	const fa = loadEdition('fa', undefined, () => {});
	const { width, height } = STATIC_MAP_SIZE;
	/** Each drawn text of an SVG, unescaped, with its position. */
	const texts = (svg: string) =>
		[...svg.matchAll(/<text x="([\d.]+)" y="([\d.]+)"[^>]*>([^<]*)<\/text>/g)].map(([, x, y, text]) => ({
			x: Number(x),
			y: Number(y),
			text: text
				.replace(/&lt;/g, '<')
				.replace(/&gt;/g, '>')
				.replace(/&quot;/g, '"')
				.replace(/&amp;/g, '&')
		}));

	it('write the scale in Persian digits and the credit in Persian, in the mirrored bottom corners', () => {
		expect(STATIC_MAP_TEXT.fa.credit).toMatch(/[\u0600-\u06FF]/);
		for (const s of fa.story.steps) {
			const input = staticMapInputFor(fa, s.id);
			const svg = renderStaticMap(input);
			expect(svg, s.id).toMatch(/^<svg [^>]*xml:lang="fa"/);
			const bar = scaleBarFor(input.camera);
			const [, from, to, labelX, label] =
				/<g class="scale-bar"><path d="M([\d.]+) [\d.]+V[\d.]+H([\d.]+)V.*?<text x="([\d.]+)"[^>]*>([^<]*)<\/text><\/g>/.exec(
					svg
				)!;
			expect(label, s.id).toContain(STATIC_MAP_TEXT.fa.km(bar.km));
			expect(label, s.id).toMatch(/[۰-۹]/);
			expect(label, s.id).not.toMatch(/[0-9]/);
			// Bottom right: the bar, and its distance over the bar's corner end.
			expect(Math.min(Number(from), Number(to)), s.id).toBeGreaterThan(width / 2);
			expect(Number(labelX), s.id).toBe(Number(from));
			expect(Math.abs(Number(from) - Number(to))).toBeCloseTo(bar.px, 0);
			const credit = texts(svg).find((t) => t.text.includes(STATIC_MAP_TEXT.fa.credit));
			expect(credit, s.id).toBeDefined();
			expect(credit!.x, s.id).toBeLessThan(width / 2);
			expect(credit!.y, s.id).toBeGreaterThan(height / 2);
			expect(svg, s.id).not.toContain(STATIC_MAP_TEXT.en.credit);
			// The locator inset mirrors the live map's: top left.
			if (input.locator) expect(input.locator.x + LOCATOR_SIZE.width, s.id).toBeLessThan(width / 2);
		}
		expect(fa.story.steps.some((s) => staticMapInputFor(fa, s.id).locator)).toBe(true);
	}, 30_000);

	it('embed a WOFF2 subset of Vazirmatn with exactly the characters they draw; English maps embed none', async () => {
		for (const s of fa.story.steps) {
			const svg = await staticMapSvg(staticMapInputFor(fa, s.id));
			const faces = [
				...svg.matchAll(/@font-face\{font-family:([^;]+);src:url\(data:font\/woff2;base64,([^)]+)\)/g)
			];
			expect(faces, s.id).toHaveLength(1);
			const [, family, base64] = faces[0];
			expect(svg, s.id).toContain(`.label{font:13px ${family},`);
			const covered = woff2Characters(Buffer.from(base64, 'base64'));
			// Bidirectional controls and joiners shape the text; they need no glyph of their own.
			const drawn = new Set(
				[
					...texts(svg)
						.map((t) => t.text)
						.join('')
				]
					.filter((c) => !/\p{Cf}/u.test(c))
					.map((c) => c.codePointAt(0)!)
			);
			expect(
				[...drawn].filter((c) => !covered.has(c)).map((c) => String.fromCodePoint(c)),
				s.id
			).toEqual([]);
			const extra = [...covered].filter((c) => !drawn.has(c) && !/\p{Cf}/u.test(String.fromCodePoint(c)));
			expect(
				extra.map((c) => String.fromCodePoint(c)),
				s.id
			).toEqual([]);
		}
		for (const s of content.story.steps) {
			const svg = await staticMapSvg(staticMapInputFor(content, s.id));
			expect(svg, s.id).not.toContain('@font-face');
			expect(svg, s.id).toContain('.label{font:13px system-ui,sans-serif;');
		}
	}, 60_000);
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

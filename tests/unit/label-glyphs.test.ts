import { readFileSync } from 'node:fs';
import { PbfReader } from 'pbf';
import { describe, expect, it } from 'vitest';
import { decodeStoryGeo, decodeWorld } from '../../src/lib/geo/wire.ts';
import { EDITIONS } from '../../src/lib/locale/editions.ts';
import { labelTexts } from '../../src/lib/map/labelText.ts';
import { buildStyle, LABEL_FONTSTACK } from '../../src/lib/map/style.ts';
import { editionLangs, loadEdition } from '../../src/lib/server/editions.ts';
import { outlineFont } from '../../src/lib/server/glyphPbf.ts';
import { glyphFilesFor, labelCodePoints, labelGlyphFiles } from '../../src/lib/server/labelGlyphs.ts';
import { storyGeoWire, worldTopology } from '../../src/lib/server/mapFiles.ts';
import { vazirmatnFile } from '../../src/lib/server/vazirmatn.ts';

/**
 * The map's labels come from glyph files made at build time (routes/glyphs):
 * they must hold every character any label hands MapLibre, or the label has a
 * gap. Texts come from each edition's own files, never from the tests.
 */
const langs = editionLangs();
const geoOf = (lang: (typeof langs)[number]) => decodeStoryGeo(storyGeoWire(lang));
const styleOf = (lang: (typeof langs)[number]) => buildStyle(decodeWorld(worldTopology(lang)), geoOf(lang));

interface ReadGlyph {
	id: number;
	bitmap?: Uint8Array;
	width: number;
	height: number;
	left: number;
	top: number;
	advance: number;
}

/** A glyph file read back as MapLibre reads it (its parse_glyph_pbf). */
function readGlyphFile(file: Uint8Array): { name: string; range: string; glyphs: ReadGlyph[] } {
	const stack = { name: '', range: '', glyphs: [] as ReadGlyph[] };
	new PbfReader(file).readFields((tag, _, pbf) => {
		if (tag !== 1) return;
		pbf.readMessage((field, s: typeof stack, inner) => {
			if (field === 1) s.name = inner.readString();
			else if (field === 2) s.range = inner.readString();
			else if (field === 3)
				s.glyphs.push(
					inner.readMessage(
						(g, glyph: ReadGlyph, p) => {
							if (g === 1) glyph.id = p.readVarint();
							else if (g === 2) glyph.bitmap = p.readBytes();
							else if (g === 3) glyph.width = p.readVarint();
							else if (g === 4) glyph.height = p.readVarint();
							else if (g === 5) glyph.left = p.readSVarint();
							else if (g === 6) glyph.top = p.readSVarint();
							else if (g === 7) glyph.advance = p.readVarint();
						},
						{ id: -1, width: 0, height: 0, left: 0, top: 0, advance: 0 }
					)
				);
		}, stack);
	}, null);
	return stack;
}

describe('the texts a style labels', () => {
	for (const lang of langs)
		it(`hold every place, arc and country name of the ${lang} edition, cased as drawn`, () => {
			const texts = new Set(labelTexts(styleOf(lang), [geoOf(lang).arcs]));
			const { layers, arcs } = loadEdition(lang);
			for (const feature of layers.flatMap((layer) => layer.features))
				expect(texts, feature.properties.id).toContain(feature.properties.name);
			for (const arc of arcs)
				if (typeof arc.properties?.label === 'string') expect(texts).toContain(arc.properties.label);
			// Country labels are upper case on the map (text-transform).
			const countries = decodeWorld(worldTopology(lang)).labels.features;
			expect(countries.length).toBeGreaterThan(0);
			for (const country of countries)
				expect(texts).toContain(String(country.properties?.name).toUpperCase());
		});

	it('refuse a label layer whose text is not one property, naming the layer and the field', () => {
		const style = styleOf('en');
		const symbol = style.layers.find((layer) => layer.type === 'symbol' && layer.layout?.['text-field'])!;
		const computed = {
			...style,
			layers: style.layers.map((layer) =>
				layer === symbol && layer.type === 'symbol'
					? { ...layer, layout: { ...layer.layout, 'text-field': ['concat', ['get', 'name'], '!'] } }
					: layer
			)
		} as typeof style;
		expect(() => labelTexts(computed)).toThrow(new RegExp(`"${symbol.id}".*text-field`));
	});
});

describe('the glyph files', () => {
	it('hold every character of every edition’s labels, in the range each falls in', async () => {
		const files = await labelGlyphFiles();
		const held = new Map<number, ReadGlyph>();
		for (const [start, file] of files) {
			const { name, range, glyphs } = readGlyphFile(file);
			expect(name).toBe(LABEL_FONTSTACK);
			expect(range).toBe(`${start}-${start + 255}`);
			for (const glyph of glyphs) {
				expect(glyph.id - (glyph.id % 256), `U+${glyph.id.toString(16)}`).toBe(start);
				const border = 2 * 3;
				if (glyph.width > 0)
					expect(glyph.bitmap?.length).toBe((glyph.width + border) * (glyph.height + border));
				held.set(glyph.id, glyph);
			}
		}
		for (const lang of langs)
			for (const [codePoint, text] of await labelCodePoints(lang))
				expect(held.has(codePoint), `${lang}: U+${codePoint.toString(16)} of "${text}"`).toBe(true);
	});

	it('hold Persian letters in the joined forms the right-to-left plugin hands MapLibre', async () => {
		const rtl = langs.filter((lang) => EDITIONS[lang].dir === 'rtl');
		expect(rtl.length).toBeGreaterThan(0);
		for (const lang of rtl) {
			const codePoints = [...(await labelCodePoints(lang)).keys()];
			// Arabic Presentation Forms-A and -B.
			expect(codePoints.some((c) => (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfeff))).toBe(true);
		}
	});

	it('are signed distance fields of the face: ink inside the edge, nothing at the border', () => {
		const font = outlineFont(readFileSync(vazirmatnFile('Regular')));
		const stem = font.glyph('l'.codePointAt(0)!);
		const width = stem.width + 6;
		const middleRow = Math.floor((stem.height + 6) / 2);
		const row = [...stem.bitmap.subarray(middleRow * width, (middleRow + 1) * width)];
		// TinySDF's edge is at 255 × (1 − cutoff) = 191: the stem's middle is inside, the border outside.
		expect(Math.max(...row)).toBeGreaterThan(191);
		expect(row[0]).toBeLessThan(128); // 255/8 a pixel: the border is 3 px out
		expect(font.glyph('m'.codePointAt(0)!).advance).toBeGreaterThan(font.glyph('i'.codePointAt(0)!).advance);
		// x-height below the ascender: "top" grows upward.
		expect(font.glyph('l'.codePointAt(0)!).top).toBeGreaterThan(font.glyph('x'.codePointAt(0)!).top);
		const space = font.glyph(' '.codePointAt(0)!);
		expect([space.width, space.bitmap.length]).toEqual([0, 0]);
		expect(space.advance).toBeGreaterThan(0);
	});

	it('fail the build on a character no face has, naming the label, its edition and the code point', () => {
		const none = {
			name: 'No Face',
			font: { has: () => false, glyph: () => undefined as never, advance: () => 0 }
		};
		const needed = new Map([[0x4e2d, { lang: 'en' as const, text: 'A label with 中' }]]);
		expect(() => glyphFilesFor(needed, [none])).toThrow(/"A label with 中" \(en edition\).*U\+4E2D.*No Face/);
	});
});

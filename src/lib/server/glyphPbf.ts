import TinySDF from '@mapbox/tiny-sdf';
import { Resvg } from '@resvg/resvg-js';
import { Blob, Face, Font } from 'harfbuzzjs';
import { PbfWriter } from 'pbf';

/**
 * Glyph ranges in the format MapLibre fetches from a style's glyphs URL (the
 * fontstack protocol buffers of Mapbox's node-fontnik): signed distance fields
 * at 24 px with a 3 px border, cut by TinySDF, the same code MapLibre runs
 * when it draws a glyph itself, here fed by a font file instead of a canvas.
 */
const FONT_SIZE = 24;
const BUFFER = 3;
const RADIUS = 8;
const CUTOFF = 0.25;
/**
 * A glyph's `top` in these files is measured from a line above the baseline
 * (the font's ascender in node-fontnik's). MapLibre aligns the glyphs it draws
 * itself to its files with this same offset, so labels sit where they did.
 */
const TOP_ADJUSTMENT = 27;

export interface SdfGlyph {
	id: number;
	/** (width + 6) × (height + 6) distances, empty for a glyph with no ink (a space). */
	bitmap: Uint8Array;
	width: number;
	height: number;
	left: number;
	top: number;
	advance: number;
}

/** A font file read for its outlines and metrics. */
export interface OutlineFont {
	/** Whether the font maps the code point to a glyph of its own. */
	has(codePoint: number): boolean;
	/** The code point's glyph as a distance field with its metrics (call `has` first). */
	glyph(codePoint: number): SdfGlyph;
	/** The code point's advance, px at `size` (call `has` first): what a label's width adds up. */
	advance(codePoint: number, size: number): number;
}

/** A 2D context that TinySDF can measure and draw one glyph with: the glyph's outline, rasterised by resvg. */
function outlineContext(font: Font, upem: number) {
	const scale = FONT_SIZE / upem;
	let drawn: { glyph: number; x: number; y: number } | undefined;
	const glyphOf = (char: string) => font.nominalGlyph(char.codePointAt(0)!) ?? 0;
	return {
		measureText(char: string) {
			const glyph = glyphOf(char);
			const extents = font.glyphExtents(glyph) ?? { xBearing: 0, yBearing: 0, width: 0, height: 0 };
			return {
				width: font.glyphHAdvance(glyph) * scale,
				actualBoundingBoxLeft: -extents.xBearing * scale,
				actualBoundingBoxRight: (extents.xBearing + extents.width) * scale,
				actualBoundingBoxAscent: extents.yBearing * scale,
				actualBoundingBoxDescent: -(extents.yBearing + extents.height) * scale
			};
		},
		clearRect() {},
		fillText(char: string, x: number, y: number) {
			drawn = { glyph: glyphOf(char), x, y };
		},
		getImageData(left: number, top: number, width: number, height: number) {
			if (!drawn) throw new Error('getImageData before fillText');
			const svg =
				`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">` +
				`<path transform="translate(${drawn.x - left} ${drawn.y - top}) scale(${scale} ${-scale})" d="${font.glyphToPath(drawn.glyph)}"/></svg>`;
			const image = new Resvg(svg, { font: { loadSystemFonts: false } }).render();
			return { data: image.pixels };
		}
	};
}

/** Reads a TrueType or OpenType file for the glyphs of its code points. */
export function outlineFont(file: Uint8Array): OutlineFont {
	const face = new Face(new Blob(file));
	const font = new Font(face);
	const context = outlineContext(font, face.upem);
	class OutlineSDF extends TinySDF {
		_createCanvas() {
			return { getContext: () => context };
		}
	}
	const sdf = new OutlineSDF({ fontSize: FONT_SIZE, buffer: BUFFER, radius: RADIUS, cutoff: CUTOFF });
	return {
		has: (codePoint) => font.nominalGlyph(codePoint) !== undefined,
		advance: (codePoint, size) => (font.glyphHAdvance(font.nominalGlyph(codePoint) ?? 0) * size) / face.upem,
		glyph(codePoint) {
			const drawn = sdf.draw(String.fromCodePoint(codePoint));
			const inked = drawn.glyphWidth > 0 && drawn.glyphHeight > 0;
			return {
				id: codePoint,
				bitmap: inked ? new Uint8Array(drawn.data.buffer, 0, drawn.data.length) : new Uint8Array(),
				width: inked ? drawn.glyphWidth : 0,
				height: inked ? drawn.glyphHeight : 0,
				left: drawn.glyphLeft,
				top: drawn.glyphTop - TOP_ADJUSTMENT,
				advance: Math.round(drawn.glyphAdvance)
			};
		}
	};
}

/** One range's file: the glyphs given (all between `start` and `start` + 255), for the fontstack `name`. */
export function encodeGlyphRange(name: string, start: number, glyphs: SdfGlyph[]): Uint8Array<ArrayBuffer> {
	const pbf = new PbfWriter();
	pbf.writeMessage(
		1,
		(_: null, stack: PbfWriter) => {
			stack.writeStringField(1, name);
			stack.writeStringField(2, `${start}-${start + 255}`);
			for (const glyph of glyphs) stack.writeMessage(3, writeGlyph, glyph);
		},
		null
	);
	return new Uint8Array(pbf.finish()); // a copy that owns its buffer: a Response body
}

function writeGlyph(glyph: SdfGlyph, pbf: PbfWriter): void {
	pbf.writeVarintField(1, glyph.id);
	if (glyph.bitmap.length > 0) pbf.writeBytesField(2, glyph.bitmap);
	pbf.writeVarintField(3, glyph.width);
	pbf.writeVarintField(4, glyph.height);
	pbf.writeSVarintField(5, glyph.left);
	pbf.writeSVarintField(6, glyph.top);
	pbf.writeVarintField(7, glyph.advance);
}

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { decodeStoryGeo, decodeWorld } from '../geo/wire.ts';
import { EDITIONS, type Lang } from '../locale/editions.ts';
import { labelTexts } from '../map/labelText.ts';
import { buildStyle, LABEL_FONTSTACK } from '../map/style.ts';
import { editionLangs } from './editions.ts';
import { encodeGlyphRange, outlineFont, type OutlineFont, type SdfGlyph } from './glyphPbf.ts';
import { storyGeoWire, worldTopology } from './mapFiles.ts';
import { shapedForDisplay } from './rtlShaping.ts';
import { vazirmatnFile } from './vazirmatn.ts';
import { archiveBuildFile } from './archiveFile.ts';
import { archiveNames } from './archiveReader.ts';
import { DEFAULT_PATHS, namedArchive } from './content.ts';

/**
 * The faces of LABEL_FONTSTACK, the only fontstack the style names, in order:
 * Vazirmatn (Latin and Persian, as the share cards and the Persian static
 * maps), then Noto Sans (SIL OFL 1.1, from `@expo-google-fonts/noto-sans`)
 * for the Latin letters and marks Vazirmatn lacks, such as the Pacific's
 * ʻokina. Each character comes from the first face that has it.
 */
const LABEL_FACES = [
	{ name: 'Vazirmatn Regular', file: () => vazirmatnFile('Regular') },
	{
		name: 'Noto Sans Regular',
		file: () =>
			createRequire(import.meta.url).resolve(
				'@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf'
			)
	}
];

/** Every code point an edition's map labels hand MapLibre, each with a label that uses it. */
export async function labelCodePoints(lang: Lang): Promise<Map<number, string>> {
	const { dir } = EDITIONS[lang];
	const geo = decodeStoryGeo(storyGeoWire(lang));
	const style = buildStyle(decodeWorld(worldTopology(lang)), geo);
	const codePoints = new Map<number, string>();
	// The step source starts empty: each step fills it with copies of story features (the story
	// source has them all) and of its arcs.
	for (const text of labelTexts(style, [geo.arcs])) {
		// Right to left, the plugin joins the letters first: their presentation forms are looked up.
		const drawn = dir === 'rtl' ? text + (await shapedForDisplay(text)) : text;
		for (const char of drawn) {
			const codePoint = char.codePointAt(0)!;
			if (!codePoints.has(codePoint)) codePoints.set(codePoint, text);
		}
	}
	return codePoints;
}

const RIGHT_TO_LEFT = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/;

/**
 * Every code point the names of the story's basemap archive hand MapLibre in
 * an edition (archiveNames), uppercase too (neighbourhoods are set in
 * capitals), right-to-left names with their joined forms. A character none of
 * the labels' faces has is left out, not a failed build: the archive is the
 * newsroom's whole region, not the story's words; the build says so once.
 */
export async function archiveCodePoints(lang: Lang): Promise<Map<number, string>> {
	const codePoints = new Map<number, string>();
	// From the story file alone: most stories name no archive, and the glyph files are asked for often.
	const file = archiveBuildFile(DEFAULT_PATHS, namedArchive());
	const names = file && (await archiveNames(file, lang));
	if (!names) return codePoints;
	const faces = labelFaces();
	const missing = new Set<string>();
	for (const name of names) {
		const drawn = name + name.toUpperCase() + (RIGHT_TO_LEFT.test(name) ? await shapedForDisplay(name) : '');
		for (const char of drawn) {
			const codePoint = char.codePointAt(0)!;
			if (codePoints.has(codePoint)) continue;
			if (faces.some(({ font }) => font.has(codePoint))) codePoints.set(codePoint, name);
			else missing.add(name);
		}
	}
	if (missing.size > 0 && !toldMissing.has(lang)) {
		toldMissing.add(lang);
		console.warn(
			`The basemap archive's names in ${lang} have characters none of the labels' faces has (${[...missing].slice(0, 3).join(', ')}${missing.size > 3 ? ', …' : ''}): those characters are left out of ${missing.size} name(s).`
		);
	}
	return codePoints;
}
const toldMissing = new Set<Lang>();

const hex = (codePoint: number) => `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;

/** Where a code point shows up: an edition and one of its labels that uses it. */
type Use = { lang: Lang; text: string };

let faces: { name: string; font: OutlineFont }[] | undefined;

/** The label faces, read once: for glyph files and for the names' widths (stepLabels.ts). */
export function labelFaces(): { name: string; font: OutlineFont }[] {
	faces ??= LABEL_FACES.map((face) => ({ name: face.name, font: outlineFont(readFileSync(face.file())) }));
	return faces;
}
let made: { key: string; files: Map<number, Uint8Array<ArrayBuffer>> } | undefined;

/**
 * The glyph files of the labels of every edition, by the first code point of
 * their range of 256. An edition fetches only the ranges its labels reach.
 * Made again only when the characters change: once per build, and in the dev
 * server when an edit brings a new one.
 */
export async function labelGlyphFiles(): Promise<Map<number, Uint8Array<ArrayBuffer>>> {
	const needed = new Map<number, Use>();
	for (const lang of editionLangs()) {
		for (const [codePoint, text] of await labelCodePoints(lang))
			if (!needed.has(codePoint)) needed.set(codePoint, { lang, text });
		for (const [codePoint, text] of await archiveCodePoints(lang))
			if (!needed.has(codePoint)) needed.set(codePoint, { lang, text });
	}
	const key = [...needed.keys()].sort((a, b) => a - b).join(',');
	if (made?.key !== key) {
		made = { key, files: glyphFilesFor(needed, labelFaces()) };
	}
	return made.files;
}

/**
 * The glyph files holding `needed`, each glyph from the first of `faces` that
 * has it. A character none has fails the build, naming a label that uses it:
 * MapLibre would leave a gap in that label.
 */
export function glyphFilesFor(
	needed: Map<number, Use>,
	faces: { name: string; font: OutlineFont }[]
): Map<number, Uint8Array<ArrayBuffer>> {
	const ranges = new Map<number, SdfGlyph[]>();
	for (const [codePoint, { lang, text }] of [...needed].sort(([a], [b]) => a - b)) {
		const face = faces.find(({ font }) => font.has(codePoint));
		if (!face)
			throw new Error(
				`Map label "${text}" (${lang} edition) has ${hex(codePoint)} "${String.fromCodePoint(codePoint)}", which none of the labels' faces (${faces.map((f) => f.name).join(', ')}) has: write it with other characters, or add a face that has it (labelGlyphs.ts)`
			);
		const start = codePoint - (codePoint % 256);
		ranges.set(start, [...(ranges.get(start) ?? []), face.font.glyph(codePoint)]);
	}
	return new Map(
		[...ranges].map(([start, glyphs]) => [start, encodeGlyphRange(LABEL_FONTSTACK, start, glyphs)])
	);
}

import { escapeXml, isolate } from './svg.ts';
import type { Palette } from './palette.ts';
import { EDITIONS, type Lang } from '../locale/editions.ts';
import { STATIC_MAP_TEXT, type Script } from '../locale/staticMapText.ts';
import { SHARE_IMAGE_SIZE } from '../story/share.ts';

export interface ShareCardInput {
	/** The step's static map (renderStaticMap): an SVG document of `mapSize`. */
	mapSvg: string;
	mapSize: { width: number; height: number };
	/** The edition: right to left, the card is mirrored (text panel on the right). */
	lang: Lang;
	storyTitle: string;
	stepTitle: string;
	/** As the edition writes it: "3 Jan 2024", "Reported 25 Jan 2024"; left out for an undated step. */
	date?: string;
	/** Who made it, in small type under the titles. */
	credit: string;
	palette: Palette;
}

const PANEL_WIDTH = 330;
const PANEL_PADDING = 32;
/**
 * Average advance of a character, as a share of the font size, for line
 * breaking without a font engine: a little wider than Vazirmatn's widest
 * line of the story's titles, dates and credit in each script (measured with
 * resvg: up to 0.51 in Latin; up to 0.50 in Persian, whose joined letters are
 * narrower on average), so a line never runs past the panel.
 */
const CHARACTER_WIDTH: Record<Script, number> = { latin: 0.56, arabic: 0.52 };

/**
 * The words of a text, a part in brackets kept as one as far as it fits a
 * line: a date's «(۳ ژانویهٔ ۲۰۲۴)» moves to the next line whole.
 */
function wordsOf(text: string, perLine: number): string[] {
	const words: string[] = [];
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const last = words.at(-1);
		const open = last !== undefined && last.startsWith('(') && !last.endsWith(')');
		if (open && last.length + 1 + word.length <= perLine) words[words.length - 1] = `${last} ${word}`;
		else words.push(word);
	}
	return words;
}

/**
 * Breaks text into lines of at most `width` pixels at `fontSize`, by words;
 * at most `maxLines`, the last ending in "…". `characterWidth`: the script's
 * (CHARACTER_WIDTH).
 */
export function wrapLines(
	text: string,
	width: number,
	fontSize: number,
	maxLines: number,
	characterWidth = CHARACTER_WIDTH.latin
): string[] {
	const perLine = Math.max(1, Math.floor(width / (fontSize * characterWidth)));
	const lines: string[] = [];
	let line = '';
	for (const word of wordsOf(text, perLine)) {
		const next = line ? `${line} ${word}` : word;
		if (next.length <= perLine || !line) line = next;
		else {
			lines.push(line);
			line = word;
		}
	}
	if (line) lines.push(line);
	if (lines.length <= maxLines) return lines;
	const kept = lines.slice(0, maxLines);
	const last = kept[maxLines - 1];
	kept[maxLines - 1] = `${last.length >= perLine ? last.slice(0, perLine - 1).trimEnd() : last}…`;
	return kept;
}

/**
 * A step's link-preview image: the story's title, the step's date and title
 * in a panel, beside the step's static map (with its inset and scale bar),
 * scaled to fit the rest of the card. The map keeps its proportions; the
 * panel's paper colour fills what it leaves. Right to left the card is
 * mirrored: the panel on the right, its text aligned to the right; the map
 * itself is not mirrored.
 */
export function shareCardSvg(input: ShareCardInput): string {
	const { width, height } = SHARE_IMAGE_SIZE;
	const colors = input.palette;
	const { dir } = EDITIONS[input.lang];
	const rtl = dir === 'rtl';
	const characterWidth = CHARACTER_WIDTH[STATIC_MAP_TEXT[input.lang].script];
	const mapArea = { x: rtl ? 0 : PANEL_WIDTH, width: width - PANEL_WIDTH, height };
	const scale = Math.min(mapArea.width / input.mapSize.width, mapArea.height / input.mapSize.height);
	const mapWidth = Math.round(input.mapSize.width * scale);
	const mapHeight = Math.round(input.mapSize.height * scale);
	const mapX = mapArea.x + Math.round((mapArea.width - mapWidth) / 2);
	const mapY = Math.round((height - mapHeight) / 2);
	const map = input.mapSvg.replace(
		/^<svg ([^>]*?)width="[\d.]+" height="[\d.]+"/,
		`<svg $1x="${mapX}" y="${mapY}" width="${mapWidth}" height="${mapHeight}"`
	);

	const textWidth = PANEL_WIDTH - 2 * PANEL_PADDING;
	const wrap = (text: string, fontSize: number, maxLines: number) =>
		wrapLines(text, textWidth, fontSize, maxLines, characterWidth);
	// Lines start at the panel's edge away from the map: its right edge, right to left.
	// `end` with an isolate rather than `direction`, which resvg ignores (see isolate).
	const x = rtl ? width - PANEL_PADDING : PANEL_PADDING;
	const textLines = (lines: string[], y: number, lineHeight: number, attributes: string) =>
		lines
			.map(
				(line, i) =>
					`<text x="${x}" y="${y + i * lineHeight}"${rtl ? ' text-anchor="end"' : ''} ${attributes}>${isolate(escapeXml(line), dir)}</text>`
			)
			.join('');
	const story = wrap(input.storyTitle, 20, 3);
	const title = wrap(input.stepTitle, 36, 6);
	let y = PANEL_PADDING + 20;
	const parts = [textLines(story, y, 26, `font-size="20" fill="${colors.label}"`)];
	y += story.length * 26 + 28;
	if (input.date) {
		// A date with its calendar named and the Gregorian date after it may take two lines.
		const date = wrap(input.date, 20, 2);
		parts.push(textLines(date, y, 24, `font-size="20" font-weight="600" fill="${colors.placeHighlight}"`));
		y += date.length * 24 + 22;
	}
	parts.push(textLines(title, y, 44, `font-size="36" font-weight="700" fill="${colors.text}"`));
	const credit = wrap(input.credit, 15, 2);
	parts.push(
		textLines(
			credit,
			height - PANEL_PADDING - (credit.length - 1) * 20,
			20,
			`font-size="15" fill="${colors.label}"`
		)
	);

	return [
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xml:lang="${input.lang}">`,
		`<rect width="${width}" height="${height}" fill="${colors.land}"/>`,
		`<rect x="${mapArea.x}" width="${mapArea.width}" height="${height}" fill="${colors.sea}"/>`,
		map,
		`<g font-family="Vazirmatn, sans-serif">${parts.join('')}</g>`,
		// The accent rule on the panel's outer edge.
		`<rect x="${rtl ? width - 8 : 0}" y="0" width="8" height="${height}" fill="${colors.placeHighlight}"/>`,
		'</svg>'
	].join('');
}

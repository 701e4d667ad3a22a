import { escapeXml } from './svg.ts';
import type { Palette } from './palette.ts';
import { SHARE_IMAGE_SIZE } from '../story/share.ts';

export interface ShareCardInput {
	/** The step's static map (renderStaticMap): an SVG document of `mapSize`. */
	mapSvg: string;
	mapSize: { width: number; height: number };
	storyTitle: string;
	stepTitle: string;
	/** "3 Jan 2024", "Reported 25 Jan 2024"; left out for an undated step. */
	date?: string;
	/** Who made it, in small type under the titles. */
	credit: string;
	palette: Palette;
}

const PANEL_WIDTH = 330;
const PANEL_PADDING = 32;
/**
 * Average advance of a character, as a share of the font size, for line
 * breaking without a font engine: a little wider than Vazirmatn's Latin
 * average, so a line never runs past the panel.
 */
const CHARACTER_WIDTH = 0.56;

/** Breaks text into lines of at most `width` pixels at `fontSize`, by words; at most `maxLines`, the last ending in "…". */
export function wrapLines(text: string, width: number, fontSize: number, maxLines: number): string[] {
	const perLine = Math.max(1, Math.floor(width / (fontSize * CHARACTER_WIDTH)));
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
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

function textLines(lines: string[], x: number, y: number, lineHeight: number, attributes: string): string {
	return lines
		.map((line, i) => `<text x="${x}" y="${y + i * lineHeight}" ${attributes}>${escapeXml(line)}</text>`)
		.join('');
}

/**
 * A step's link-preview image: the story's title, the step's date and title
 * in a panel, beside the step's static map (with its inset and scale bar),
 * scaled to fit the rest of the card. The map keeps its proportions; the
 * panel's paper colour fills what it leaves.
 */
export function shareCardSvg(input: ShareCardInput): string {
	const { width, height } = SHARE_IMAGE_SIZE;
	const colors = input.palette;
	const mapArea = { x: PANEL_WIDTH, width: width - PANEL_WIDTH, height };
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
	const story = wrapLines(input.storyTitle, textWidth, 20, 3);
	const title = wrapLines(input.stepTitle, textWidth, 36, 6);
	let y = PANEL_PADDING + 20;
	const parts = [textLines(story, PANEL_PADDING, y, 26, `font-size="20" fill="${colors.label}"`)];
	y += story.length * 26 + 28;
	if (input.date) {
		parts.push(
			textLines(
				[input.date],
				PANEL_PADDING,
				y,
				24,
				`font-size="20" font-weight="600" fill="${colors.placeHighlight}"`
			)
		);
		y += 46;
	}
	parts.push(
		textLines(title, PANEL_PADDING, y, 44, `font-size="36" font-weight="700" fill="${colors.text}"`)
	);
	const credit = wrapLines(input.credit, textWidth, 15, 2);
	parts.push(
		textLines(
			credit,
			PANEL_PADDING,
			height - PANEL_PADDING - (credit.length - 1) * 20,
			20,
			`font-size="15" fill="${colors.label}"`
		)
	);

	return [
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">`,
		`<rect width="${width}" height="${height}" fill="${colors.land}"/>`,
		`<rect x="${mapArea.x}" width="${mapArea.width}" height="${height}" fill="${colors.sea}"/>`,
		map,
		`<g font-family="Vazirmatn, sans-serif">${parts.join('')}</g>`,
		`<rect x="0" y="0" width="8" height="${height}" fill="${colors.placeHighlight}"/>`,
		'</svg>'
	].join('');
}

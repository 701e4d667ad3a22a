/**
 * The names each step frames, with the width the map draws them at, so the
 * camera can keep them whole (camera/labelFrame.ts). Widths come from the
 * label faces' own advances, the glyphs the map is given.
 */
import { labelsForStep, type StepLabel } from '../camera/stepLabels.ts';
import type { StoryContent } from './content.ts';
import { labelFaces } from './labelGlyphs.ts';
import { shapedForDisplaySync } from './rtlShaping.ts';

/** The style's story labels: 13 px, wrapped at 10 em. */
const LABEL_SIZE = 13;
const MAX_WIDTH = 10 * LABEL_SIZE;

/** A name's width on the map, px: the longest line once wrapped at the style's maximum width. */
export function labelWidth(text: string): number {
	const faces = labelFaces();
	const advance = (char: string) => {
		const codePoint = char.codePointAt(0)!;
		return (
			faces.find(({ font }) => font.has(codePoint))?.font.advance(codePoint, LABEL_SIZE) ?? LABEL_SIZE / 2
		);
	};
	const words = text.split(/\s+/).map((word) => [...word].reduce((sum, char) => sum + advance(char), 0));
	const space = advance(' ');
	// Greedy wrapping, as MapLibre's (a little less balanced): a line takes words until the next would pass the maximum.
	let widest = 0;
	let line = 0;
	for (const word of words) {
		const next = line === 0 ? word : line + space + word;
		if (line > 0 && next > MAX_WIDTH) {
			widest = Math.max(widest, line);
			line = word;
		} else line = next;
	}
	return Math.ceil(Math.max(widest, line));
}

/**
 * The width of every place the map names (points and uncertain areas), by
 * id: what the page carries, from which each step's labels follow
 * (`labelsForStep`).
 */
export function labelWidthsFor(content: StoryContent): Record<string, number> {
	const made = madeFor.get(content);
	if (made) return made;
	const named = new Set(
		content.layers.flatMap((layer) =>
			layer.features
				.filter((f) => f.geometry.type === 'Point' || f.properties.precision === 'uncertain')
				.map((f) => f.properties.id)
		)
	);
	const places = content.places.filter((place) => named.has(place.id));
	// Right-to-left names are measured as drawn: joined letters are narrower or wider than alone.
	const drawn = shapedForDisplaySync(places.map((place) => place.name));
	const widths = Object.fromEntries(places.map((place, i) => [place.id, labelWidth(drawn[i])]));
	madeFor.set(content, widths);
	return widths;
}

/** Per step, the names its camera frames (for the build's static maps and the tests). */
export function stepLabelsFor(content: StoryContent): Record<string, StepLabel[]> {
	const widths = labelWidthsFor(content);
	return Object.fromEntries(
		content.story.steps.map((step) => [step.id, labelsForStep(step, content.places, widths)])
	);
}

/** Every page of an edition asks: the widths are measured once per loaded content. */
const madeFor = new WeakMap<StoryContent, Record<string, number>>();

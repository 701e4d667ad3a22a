/**
 * The names each step frames, with the width the map draws them at, so the
 * camera can keep them whole (camera/labelFrame.ts). Widths come from the
 * label faces' own advances, the glyphs the map is given.
 */
import type { StepLabel } from '../camera/labelFrame.ts';
import type { StoryContent } from './content.ts';
import { labelFaces } from './labelGlyphs.ts';

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
 * Per step, its named places (focus and highlight, on its layers, drawn with a
 * name: points and uncertain areas) with their widths. None for a step the
 * reader explores: every name is drawn there, and the map frames the story.
 */
export function stepLabelsFor(content: StoryContent): Record<string, StepLabel[]> {
	const made = madeFor.get(content);
	if (made) return made;
	const named = new Set(
		content.layers.flatMap((layer) =>
			layer.features
				.filter((f) => f.geometry.type === 'Point' || f.properties.precision === 'uncertain')
				.map((f) => f.properties.id)
		)
	);
	const byId = new Map(content.places.map((place) => [place.id, place]));
	const widths = new Map<string, number>();
	const width = (name: string) => widths.get(name) ?? widths.set(name, labelWidth(name)).get(name)!;
	const labels: Record<string, StepLabel[]> = Object.fromEntries(
		content.story.steps.map((step) => {
			if (step.explore) return [step.id, []];
			const ids = [...new Set([...step.focus, ...step.highlight])];
			const labels = ids.flatMap((id) => {
				const place = byId.get(id);
				return place && named.has(id) && step.layers.includes(place.layer)
					? [{ at: place.anchor, width: width(place.name) }]
					: [];
			});
			return [step.id, labels];
		})
	);
	madeFor.set(content, labels);
	return labels;
}

/** Every page of an edition asks: the widths are measured once per loaded content. */
const madeFor = new WeakMap<StoryContent, Record<string, StepLabel[]>>();

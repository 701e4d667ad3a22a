import type { GeoLayer, PlaceOnPage, Step } from './types.ts';

/** The ids of the layers and places a step's view shows (geo/inView.ts). */
export interface StepInView {
	layers: Set<string>;
	places: Set<string>;
}

export interface ArcFacts {
	id: string;
	label: string;
	schematic: boolean;
	lengthKm: number;
}

function list(items: string[]): string {
	if (items.length <= 1) return items.join('');
	// Names like "Achin district, Nangarhar" carry commas of their own.
	const separator = items.some((item) => item.includes(',')) ? '; ' : ', ';
	return `${items.slice(0, -1).join(separator)} and ${items.at(-1)}`;
}

function placeName(place: PlaceOnPage): string {
	if (place.precision === 'uncertain') return `${place.name} (approximate area; exact location unknown)`;
	return place.name;
}

/**
 * What the map shows at a step, in words: for screen readers, the no-map text
 * view and the static images' alt text. Generated from the step data and what
 * is in view (a layer the step turns on whose features all lie outside the
 * view is not named); a step's `mapDescription` in the story file replaces it.
 */
export function describeStep(
	step: Step,
	places: Map<string, PlaceOnPage>,
	arcs: Map<string, ArcFacts>,
	layers: GeoLayer[],
	inView: StepInView
): string {
	const shown = layers
		.filter((layer) => step.layers.includes(layer.id) && inView.layers.has(layer.id))
		.map((layer) => layer.title);
	const seen = (ids: string[]) =>
		ids
			.filter((id) => inView.places.has(id))
			.map((id) => places.get(id))
			.filter((p): p is PlaceOnPage => p !== undefined);
	const focus = seen(step.focus);
	const highlighted = seen(step.highlight.filter((id) => !step.focus.includes(id)));
	const sentences = shown.length > 0 ? [`Map showing ${list(shown)}.`] : [];
	if (focus.length > 0) sentences.push(`In view: ${list(focus.map(placeName))}.`);
	if (highlighted.length > 0) sentences.push(`Also marked: ${list(highlighted.map(placeName))}.`);
	for (const spec of step.arcs) {
		const arc = arcs.get(spec.id);
		const from = places.get(spec.from)?.name ?? spec.from;
		const to = places.get(spec.to)?.name ?? spec.to;
		const length = arc ? `, about ${arc.lengthKm.toLocaleString('en-GB')} km` : '';
		const label = spec.label ? ` (${spec.label})` : '';
		sentences.push(
			spec.schematic
				? `A dashed line from ${from} to ${to}${length}${label}; only its two ends are known.`
				: `A line from ${from} to ${to}${length}${label}.`
		);
	}
	if (step.explore) sentences.push('You can pan and zoom the map.');
	return sentences.join(' ');
}

/** A name the map has, and whether the step's view shows it. */
export interface NameInView {
	name: string;
	inView: boolean;
}

/** `name` as a word of `text`: not inside a longer word (letters, marks and zero-width non-joiners join words). */
function mentions(text: string, name: string): boolean {
	const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	return new RegExp(`(?<![\\p{L}\\p{M}\\u200c])${escaped}(?![\\p{L}\\p{M}\\u200c])`, 'u').test(text);
}

/**
 * The names a written description mentions that the step's view does not
 * show: a reader who cannot see the map must not be told it shows them. Names
 * in view that hold one that is not ("Kerman bombings", "Kerman") are taken
 * out of the text first; a name that two things share is in view if either is.
 */
export function namesOutOfView(description: string, names: NameInView[]): string[] {
	const inside = new Set(names.filter((entry) => entry.inView).map((entry) => entry.name));
	const outside = [...new Set(names.map((entry) => entry.name))].filter((name) => !inside.has(name));
	const rest = [...inside]
		.filter((name) => outside.some((other) => name.includes(other)))
		.reduce((text, name) => text.replaceAll(name, ' '), description);
	return outside.filter((name) => mentions(rest, name));
}

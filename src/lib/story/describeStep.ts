import type { GeoLayer, PlaceOnPage, Step } from './types.ts';

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
 * view and the static images' alt text. Generated from the step data; a step's
 * `mapDescription` in the story file replaces it.
 */
export function describeStep(
	step: Step,
	places: Map<string, PlaceOnPage>,
	arcs: Map<string, ArcFacts>,
	layers: GeoLayer[]
): string {
	const shown = layers.filter((layer) => step.layers.includes(layer.id)).map((layer) => layer.title);
	const focus = step.focus.map((id) => places.get(id)).filter((p): p is PlaceOnPage => p !== undefined);
	const highlighted = step.highlight
		.filter((id) => !step.focus.includes(id))
		.map((id) => places.get(id))
		.filter((p): p is PlaceOnPage => p !== undefined);
	const sentences = [`Map showing ${list(shown)}.`];
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

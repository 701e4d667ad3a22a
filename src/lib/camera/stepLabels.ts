/**
 * Which names a step's camera keeps whole (labelFrame.ts does the framing):
 * small and free of the camera's code, so the page can pick a step's labels
 * before the live map loads.
 */
import type { LonLat, Step } from '../story/types.ts';

/** A framed place's name: where its point is, and how wide the map draws it (px). */
export interface StepLabel {
	at: LonLat;
	width: number;
}

/**
 * A step's framed names: its focus and highlighted places on its layers that
 * the map names (those `widths` has), each with its width. None for a step the
 * reader explores: the map frames the story, and every name is drawn where a
 * side of its point keeps it whole and free (the step's own names first).
 */
export function labelsForStep(
	step: Step,
	places: { id: string; layer: string; anchor: LonLat }[],
	widths: Record<string, number>
): StepLabel[] {
	if (step.explore) return [];
	const ids = new Set([...step.focus, ...step.highlight]);
	return places
		.filter(
			(place) => ids.has(place.id) && widths[place.id] !== undefined && step.layers.includes(place.layer)
		)
		.map((place) => ({ at: place.anchor, width: widths[place.id] }));
}

/** Every name the map may draw, by place id: where its place is and how wide the map draws it. */
export function namesByPlace(
	places: { id: string; anchor: LonLat }[],
	widths: Record<string, number>
): Map<string, StepLabel> {
	return new Map(
		places
			.filter((place) => widths[place.id] !== undefined)
			.map((place) => [place.id, { at: place.anchor, width: widths[place.id] }])
	);
}

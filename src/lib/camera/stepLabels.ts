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
 * reader explores: every name is drawn there, and the map frames the story.
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

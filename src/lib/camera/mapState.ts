import type { Bounds, Step } from '../story/types.ts';
import { cameraForBounds, visibleBounds, type Camera, type Padding, type Viewport } from './camera.ts';
import { cameraClearOfLabels, type StepLabel } from './labelFrame.ts';
import { storyLayout, type Direction } from './layout.ts';

/** Everything the map shows for one step: a function of the step and the screen, never of history. */
export interface MapState {
	stepId: string;
	camera: Camera;
	/** Layer ids to show; the others fade out. */
	layers: string[];
	/** Feature ids drawn emphasised. */
	highlighted: string[];
	/** Arc ids to draw. */
	arcs: string[];
	/**
	 * Places whose names are drawn: the step's focus and highlighted places, so
	 * labels stay with what the step frames (clear of the text). Null: every
	 * place, for the reader who explores.
	 */
	labelled: string[] | null;
	/** The places whose names the camera frames (focus and highlighted): placed first, so they keep their side. */
	framed: string[];
	/** Pan and zoom are on (the reader explores freely). */
	interactive: boolean;
}

export const DEFAULT_MAX_ZOOM = 8;

/**
 * `padding` keeps the framed places clear of the text; by default, the story
 * page's layout. `exploring`: the reader chose to explore this step's map, so
 * pan and zoom are on whatever the step says. `labels`: the names the step
 * draws, framed whole on the side `dir` writes them (labelFrame.ts).
 */
export function mapStateFor(
	step: Step,
	frame: Bounds,
	viewport: Viewport,
	padding: Padding = storyLayout(viewport).padding,
	{
		exploring = false,
		labels = [],
		dir = 'ltr'
	}: { exploring?: boolean; labels?: StepLabel[]; dir?: Direction } = {}
): MapState {
	const { bearing = 0, pitch = 0, maxZoom = DEFAULT_MAX_ZOOM, center, zoom } = step.camera;
	const framed = [...new Set([...step.focus, ...step.highlight])];
	const camera =
		center && zoom !== undefined
			? { center, zoom, bearing, pitch }
			: cameraClearOfLabels(
					(around) => cameraForBounds(frame, viewport, around, { maxZoom, bearing, pitch }),
					padding,
					viewport,
					labels,
					dir
				);
	return {
		stepId: step.id,
		camera,
		layers: step.layers,
		highlighted: step.highlight,
		arcs: step.arcs.map((arc) => arc.id),
		labelled: step.explore ? null : framed,
		framed,
		interactive: step.explore || exploring
	};
}

/** The smallest map a step is drawn on: the top half of a 320 × 568 phone (the split layout). */
const SMALLEST_MAP: Viewport = { width: 320, height: 284 };

/**
 * What every reader sees of a step's map, whatever their screen: the framed
 * bounds, which every camera keeps in view; for a step with a fixed camera,
 * what the smallest map shows around its centre.
 */
export function stepView(step: Step, frame: Bounds): Bounds {
	const { center, zoom } = step.camera;
	if (!center || zoom === undefined) return frame;
	return visibleBounds({ center, zoom, bearing: 0, pitch: 0 }, SMALLEST_MAP);
}

/**
 * The ArchieML lines that pin a step's camera to the view an editor set in
 * the studio: paste them into the step in story.aml. Rounded to what a reader
 * can tell apart (about a metre, a hundredth of a zoom step, a degree).
 */
import { MAX_FRAMED_ZOOM } from '../../src/lib/story/parseStory.ts';

export function cameraLines(center: [number, number], zoom: number, bearing = 0, pitch = 0): string {
	const lines = [`center: ${round(center[0], 5)}, ${round(center[1], 5)}`, `zoom: ${round(zoom, 2)}`];
	if (Math.round(bearing) !== 0) lines.push(`bearing: ${Math.round(bearing)}`);
	if (Math.round(pitch) !== 0) lines.push(`pitch: ${Math.round(pitch)}`);
	return lines.join('\n');
}

/** For a framed step: how close its camera may come, no closer than the basemap can fill. */
export function maxZoomLine(zoom: number): string {
	return `maxZoom: ${round(Math.min(zoom, MAX_FRAMED_ZOOM), 1)}`;
}

const round = (value: number, decimals: number) => Number(value.toFixed(decimals));

import {
	PHONE_MAX_WIDTH,
	storyLayout,
	type Direction,
	type StoryLayout
} from '../../src/lib/camera/layout.ts';
import type { Viewport } from '../../src/lib/camera/camera.ts';
import type { Orientation } from './plan.ts';

/**
 * Where a video frame's card sits and where the map keeps its places clear of
 * it: a vertical frame is a phone with the card over the lower part of the map
 * (the story page's overlay layout), a landscape frame a wide screen with the
 * card as its text column.
 */
export function videoLayout(viewport: Viewport, orientation: Orientation, dir: Direction): StoryLayout {
	if (orientation === 'landscape' && viewport.width <= PHONE_MAX_WIDTH)
		throw new Error(
			`A landscape video needs a frame wider than ${PHONE_MAX_WIDTH} CSS pixels for its text column (this one: ${viewport.width})`
		);
	return storyLayout(viewport, orientation === 'vertical' ? 'overlay' : 'split', dir);
}

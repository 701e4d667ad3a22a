import { visibleBounds } from '../camera/camera.ts';
import { mapStateFor } from '../camera/mapState.ts';
import {
	LOCATOR_MIN_ZOOM,
	LOCATOR_REFERENCE_VIEWPORT,
	renderLocator,
	type Country,
	type Locator
} from '../geo/locator.ts';
import { PALETTES } from '../map/style.ts';
import { basemapFor } from './basemap.ts';
import type { StoryContent } from './content.ts';

/** The locator of every step seen closer than LOCATOR_MIN_ZOOM, by step id, in one theme. */
export function locatorsFor(
	content: StoryContent,
	theme: keyof typeof PALETTES = 'light'
): Record<string, Locator> {
	const countries = basemapFor(content.frames).worldLand.features as Country[];
	const locators: Record<string, Locator> = {};
	for (const step of content.story.steps) {
		const { camera } = mapStateFor(step, content.frames[step.id], LOCATOR_REFERENCE_VIEWPORT);
		if (camera.zoom <= LOCATOR_MIN_ZOOM) continue;
		const view = visibleBounds(camera, LOCATOR_REFERENCE_VIEWPORT);
		locators[step.id] = renderLocator(view, content.frames[step.id], countries, PALETTES[theme]);
	}
	return locators;
}

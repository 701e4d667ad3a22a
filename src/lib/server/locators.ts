import { visibleBounds } from '../camera/camera.ts';
import { mapStateFor } from '../camera/mapState.ts';
import {
	LOCATOR_MIN_ZOOM,
	LOCATOR_REFERENCE_VIEWPORT,
	renderLocator,
	type Country,
	type Locator
} from '../geo/locator.ts';
import { PALETTES, type Theme } from '../geo/palette.ts';
import { basemapFor } from './basemap.ts';
import type { StoryContent } from './content.ts';

const cache = new Map<string, Record<string, Locator>>();

/**
 * The locator of every step seen closer than LOCATOR_MIN_ZOOM, by step id, in
 * one theme. A build asks for them once per page and per inset file, so they
 * are drawn once for each set of step cameras and frames, and theme.
 */
export function locatorsFor(content: StoryContent, theme: Theme = 'light'): Record<string, Locator> {
	const { steps } = content.story;
	const key = JSON.stringify([theme, steps.map((s) => [s.id, s.camera, content.frames[s.id]])]);
	let locators = cache.get(key);
	if (!locators) cache.set(key, (locators = drawLocators(content, theme)));
	return locators;
}

function drawLocators(content: StoryContent, theme: Theme): Record<string, Locator> {
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

import type { Viewport } from './camera.ts';
import { MARGIN, withKey, withLocator, withRail, type Direction, type StoryLayout } from './layout.ts';

/*
 * The layouts of views whose map is clear of their text (the embeds, and the
 * static maps drawn at build time). A module of its own: the story page's
 * first view, on a byte budget, shares layout.ts but never lays out this way.
 */

/** For views whose text sits beside or below the map, never over it (the embeds). */
export function clearLayout(viewport: Viewport, dir: Direction = 'ltr'): StoryLayout {
	const margin = Math.min(MARGIN, viewport.width / 7, viewport.height / 7);
	return {
		kind: 'clear',
		dir,
		map: { x: 0, y: 0, width: viewport.width, height: viewport.height },
		text: { x: 0, y: 0, width: 0, height: 0 },
		padding: { top: margin, right: margin, bottom: margin, left: margin },
		triggerLine: 0.5,
		readingLine: 0.4
	};
}

/** The embeds' layout: text beside or below the map, room kept for the rail, the locator and the key. */
export function embedLayout(
	viewport: Viewport,
	{ dir, rail, locator, creditRoom }: { dir: Direction; rail: boolean; locator: boolean; creditRoom?: number }
): StoryLayout {
	const clear = clearLayout(viewport, dir);
	const railed = rail ? withRail(clear) : clear;
	return withKey(locator ? withLocator(railed, creditRoom) : railed, { rail });
}

import type { Padding, Rect, Viewport } from './camera.ts';

/**
 * Where the story text sits over the map, for a viewport size. The CSS in
 * src/lib/scrolly/StoryLayout.css uses the same numbers (keep them in step):
 * a text column on the left from PHONE_MAX_WIDTH up, cards over the lower
 * part of the map below it.
 */
export const PHONE_MAX_WIDTH = 767;
export const COLUMN_LEFT = 32;
export const COLUMN_MAX_WIDTH = 420;
export const COLUMN_WIDTH_FRACTION = 0.42;
/** On phones, cards are read in the lower part of the screen, below this fraction. */
export const PHONE_TEXT_TOP = 0.55;
/** Space between framed places and the edges (or the text): room for a label centred on a point. */
const MARGIN = 56;

export interface StoryLayout {
	kind: 'desktop' | 'phone' | 'clear';
	/** The part of the map covered by the text while a step is read. */
	text: Rect;
	/** Camera padding that keeps framed places out from under the text. */
	padding: Padding;
	/** Fraction of the viewport height where a step becomes active. */
	triggerLine: number;
	/** Fraction of the viewport height where a step's text sits when it is opened directly. */
	readingLine: number;
}

export function storyLayout(viewport: Viewport): StoryLayout {
	const { width, height } = viewport;
	if (width > PHONE_MAX_WIDTH) {
		const columnWidth = Math.min(COLUMN_MAX_WIDTH, width * COLUMN_WIDTH_FRACTION);
		const text = { x: COLUMN_LEFT, y: 0, width: columnWidth, height };
		return {
			kind: 'desktop',
			text,
			padding: { top: MARGIN, right: MARGIN, bottom: MARGIN, left: COLUMN_LEFT + columnWidth + MARGIN },
			triggerLine: 0.5,
			readingLine: 0.4
		};
	}
	const textTop = Math.round(height * PHONE_TEXT_TOP);
	const margin = Math.min(MARGIN, width / 7);
	return {
		kind: 'phone',
		text: { x: 0, y: textTop, width, height: height - textTop },
		padding: { top: margin, right: margin, bottom: height - textTop + margin / 2, left: margin },
		triggerLine: PHONE_TEXT_TOP + 0.1,
		readingLine: PHONE_TEXT_TOP
	};
}

/** For views whose text sits beside or below the map, never over it (the embeds). */
export function clearLayout(viewport: Viewport): StoryLayout {
	const margin = Math.min(MARGIN, viewport.width / 7, viewport.height / 7);
	return {
		kind: 'clear',
		text: { x: 0, y: 0, width: 0, height: 0 },
		padding: { top: margin, right: margin, bottom: margin, left: margin },
		triggerLine: 0.5,
		readingLine: 0.4
	};
}

/**
 * Host-captions mode, the parts that are pure: which of the article's marked
 * elements is being read, which marks name a step the story has, and the
 * style that pins the map beside (wide screens) or above (phones) them. The
 * rule is the story page's own (scrolly/scroller.ts, camera/layout.ts), so the
 * article's paragraphs trigger steps where the story's cards would.
 */
import { PHONE_MAP_HEIGHT, PHONE_MAX_WIDTH, storyLayout } from '../camera/layout.ts';
import { activeAtLine, type SectionBox } from '../scrolly/scroller.ts';

/** On any element of the article: the step it belongs to. */
export const STEP_ATTRIBUTE = 'data-storymap-step';
/** On the map snippet's element: the captions embed's address. */
export const CAPTIONS_ATTRIBUTE = 'data-storymap-captions';
/** Set by the script on unmarked elements between two marked ones, so they too leave room for the map. */
export const BESIDE_ATTRIBUTE = 'data-storymap-beside';

/** A marked element's extent, in document coordinates, and the step it names. */
export interface Caption extends SectionBox {
	step: string;
}

/**
 * The caption being read: the last whose top has crossed the trigger line;
 * above the first, the first; below the last, the last. A pure function of
 * the scroll position, so a jump, a back-scroll and a restored position land
 * where a slow scroll would. -1 when there are no captions.
 */
export function activeCaption(
	captions: readonly Caption[],
	viewport: { width: number; height: number },
	scrollY: number
): number {
	if (captions.length === 0) return -1;
	const line = scrollY + storyLayout(viewport).triggerLine * viewport.height;
	return activeAtLine(captions, line);
}

/** The marks whose step the story has, and those it does not (to be warned of and skipped). */
export function sortMarks<T extends { step: string }>(
	marks: readonly T[],
	stepIds: readonly string[]
): { known: T[]; unknown: T[] } {
	const ids = new Set(stepIds);
	return {
		known: marks.filter((mark) => ids.has(mark.step)),
		unknown: marks.filter((mark) => !ids.has(mark.step))
	};
}

/**
 * The snippet's style (also added by the script when a page left it out, one
 * layout shift later). Everything that takes room is set before any script
 * runs, so the page does not move when the map arrives and pins: above the
 * text on a phone (the snippet's element keeps the map's height), beside it on
 * a wide screen (the marked elements keep the map's width free). Without
 * scripts nothing is reserved: each step's static map stands in its
 * <noscript>. The marked elements' room is !important: an article's own
 * paragraph margins (".article p") are more specific than any attribute rule.
 * The host may set --storymap-top (a fixed header's height) and
 * --storymap-width (the map's share of the column on a wide screen).
 */
export function captionsStyle(): string {
	const phoneHeight = `${PHONE_MAP_HEIGHT * 100}vh`;
	const wide = `(min-width: ${PHONE_MAX_WIDTH + 1}px)`;
	const mark = `[${STEP_ATTRIBUTE}],[${BESIDE_ATTRIBUTE}]`;
	const snippet = `[${CAPTIONS_ATTRIBUTE}]`;
	return [
		`${snippet}{position:relative;display:block}`,
		`${snippet}>.storymap-fallback{display:none!important}`,
		`@media (scripting:enabled){`,
		`${snippet}{height:${phoneHeight}}`,
		`${snippet}>.storymap-track{position:absolute;top:0;inset-inline:0;height:var(--storymap-track,100%);pointer-events:none;z-index:2}`,
		`${snippet} .storymap-pin{position:sticky;top:var(--storymap-top,0px);height:${phoneHeight};pointer-events:auto;background:Canvas}`,
		`${snippet} .storymap-pin>iframe{display:block;width:100%;height:100%;border:0}`,
		`}`,
		`@media (scripting:enabled) and ${wide}{`,
		`${snippet}{height:0}`,
		`${snippet}>.storymap-track{inset-inline-start:auto;width:var(--storymap-width,48%)}`,
		`${snippet} .storymap-pin{height:calc(100vh - var(--storymap-top,0px))}`,
		`${mark}{margin-inline-end:calc(var(--storymap-width,48%) + 1.5rem)!important}`,
		`}`
	].join('\n');
}

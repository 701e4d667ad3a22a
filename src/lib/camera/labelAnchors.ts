/**
 * Which sides of its point a name may take at a step's camera. MapLibre
 * places a name on the first free side in its list, and keeps the side it had
 * at the last step when that one is free, even when it now runs past the
 * map's edge or under the text column: it never looks at the screen's edge.
 * Each name is given only the sides that keep it whole inside the map's clear
 * area, so a name is drawn whole or not at all.
 */
import type { Rect, Viewport } from './camera.ts';
import { project, type Camera } from './camera.ts';
import { CONTROLS_BAND, EDGE, LABEL_OFFSET } from './labelFrame.ts';
import { railPlace, type Direction, type StoryLayout } from './layout.ts';

/** MapLibre's text anchors: the side of the text box that sits at the point (so "left" writes right of it). */
export type LabelAnchor =
	'left' | 'right' | 'top' | 'bottom' | 'top-left' | 'top-right' | 'bottom-left' | 'bottom-right';

/** Left to right: right of the point (the classic place, away from the text column), below, above, then left. */
const LTR_ORDER: LabelAnchor[] = [
	'left',
	'top',
	'bottom',
	'top-left',
	'bottom-left',
	'right',
	'top-right',
	'bottom-right'
];

const MIRRORED: Record<LabelAnchor, LabelAnchor> = {
	left: 'right',
	right: 'left',
	top: 'top',
	bottom: 'bottom',
	'top-left': 'top-right',
	'top-right': 'top-left',
	'bottom-left': 'bottom-right',
	'bottom-right': 'bottom-left'
};

/** The sides a name tries, in order: right to left, the left of the point first (away from the text, on the right). */
export function anchorOrder(dir: Direction): LabelAnchor[] {
	return dir === 'rtl' ? LTR_ORDER.map((anchor) => MIRRORED[anchor]) : LTR_ORDER;
}

/** The style's text size (px) and offset from the point (em): LABEL_OFFSET is their product. */
const TEXT_SIZE = 13;
const OFFSET_EM = LABEL_OFFSET / TEXT_SIZE;
/** One line of 13 px text with its halo. */
const LINE_HEIGHT = 20;

/** Where the text's anchor sits from the point, in em: MapLibre's radial offset, per side. */
function offsetEm(anchor: LabelAnchor): [number, number] {
	const diagonal = OFFSET_EM / Math.SQRT2;
	const x = anchor.endsWith('left')
		? anchor === 'left'
			? OFFSET_EM
			: diagonal
		: anchor.endsWith('right')
			? anchor === 'right'
				? -OFFSET_EM
				: -diagonal
			: 0;
	const y = anchor.startsWith('top')
		? anchor === 'top'
			? OFFSET_EM
			: diagonal
		: anchor.startsWith('bottom')
			? anchor === 'bottom'
				? -OFFSET_EM
				: -diagonal
			: 0;
	return [x, y];
}

/** The box a name `width` px wide takes on `anchor` of a point at (x, y). */
export function labelBox(anchor: LabelAnchor, { x, y }: { x: number; y: number }, width: number): Rect {
	const [dx, dy] = offsetEm(anchor).map((em) => em * TEXT_SIZE);
	const ax = x + dx;
	const ay = y + dy;
	const left = anchor.endsWith('left') ? ax : anchor.endsWith('right') ? ax - width : ax - width / 2;
	const top = anchor.startsWith('top')
		? ay
		: anchor.startsWith('bottom')
			? ay - LINE_HEIGHT
			: ay - LINE_HEIGHT / 2;
	return { x: left, y: top, width, height: LINE_HEIGHT };
}

/** How far (px) a box reaches out of `area` (0 when inside). */
function outside(box: Rect, area: Rect): number {
	return Math.max(
		0,
		area.x - box.x,
		area.y - box.y,
		box.x + box.width - (area.x + area.width),
		box.y + box.height - (area.y + area.height)
	);
}

/**
 * The part of the map a name may take: off the edges (and the controls along
 * the top, as the camera's framing keeps them), off the text column beside
 * or over the map, and above the strip of the time rail and key button along
 * a phone's or an embed's bottom.
 */
export function labelArea(layout: StoryLayout, viewport: Viewport): Rect {
	let left = EDGE;
	let right = viewport.width - EDGE;
	let bottom = viewport.height - EDGE;
	const { text } = layout;
	if (layout.kind === 'desktop') {
		if (layout.dir === 'rtl') right = Math.min(right, text.x);
		else left = Math.max(left, text.x + text.width);
	} else {
		if (layout.kind === 'phone-overlay') bottom = Math.min(bottom, text.y);
		const strip = railPlace(layout);
		if (strip.edge === 'bottom') bottom = Math.min(bottom, viewport.height - strip.y - strip.height - 2);
	}
	return { x: left, y: CONTROLS_BAND, width: right - left, height: bottom - CONTROLS_BAND };
}

/**
 * The sides of its point a name `width` px wide at `at` may take under
 * `camera`: `whole`, those on which it lies wholly in `area`, in the order it
 * tries them (none for a point under the text, or a name wider than the room
 * left); and `leastCut`, the side that leaves the least of it outside, for a
 * name that must be drawn (a place the step frames) where none fits whole.
 */
export function nameSides(
	at: [number, number],
	width: number,
	camera: Camera,
	viewport: Viewport,
	area: Rect,
	dir: Direction
): { whole: LabelAnchor[]; leastCut: LabelAnchor } {
	const point = project(at, camera, viewport);
	const order = anchorOrder(dir);
	const cut = order.map((anchor) => outside(labelBox(anchor, point, width), area));
	return {
		whole: order.filter((_, i) => cut[i] <= 0.5),
		leastCut: order[cut.indexOf(Math.min(...cut))]
	};
}

/** The value of MapLibre's `text-variable-anchor-offset` for these sides: each with its offset, in em. */
export function anchorOffsets(anchors: LabelAnchor[]): (LabelAnchor | [number, number])[] {
	return anchors.flatMap((anchor) => [anchor, offsetEm(anchor)]);
}

/**
 * Where a static map writes each point's label: beside its point as the live
 * map does (the side away from the text column first: right, or left right to
 * left; then the other side, below, above), never over another label, another
 * point or the picture's edge. A label with no free side is left out, as the
 * live map's collision detection leaves it out. Widths are estimated from the
 * character count: static maps cannot measure text.
 */
export interface LabelPoint {
	x: number;
	y: number;
	/** The marker's radius, px. */
	radius: number;
	text: string;
}

export interface PlacedLabel {
	x: number;
	y: number;
	anchor: 'start' | 'end' | 'middle';
}

interface Box {
	left: number;
	top: number;
	right: number;
	bottom: number;
}

/** An average character's advance at 13 px (Latin and Arabic script alike, a little generous). */
const CHARACTER_WIDTH = 7.4;
const FONT_SIZE = 13;
const GAP = 4;

const overlaps = (a: Box, b: Box) =>
	a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

export interface Rect {
	x: number;
	y: number;
	width: number;
	height: number;
}

/** The rectangle a placed label's text takes (estimated, as placePointLabels does). */
export function labelRect(label: PlacedLabel, text: string, fontSize = FONT_SIZE): Rect {
	const width = [...text].length * CHARACTER_WIDTH * (fontSize / FONT_SIZE);
	const left =
		label.anchor === 'start' ? label.x : label.anchor === 'end' ? label.x - width : label.x - width / 2;
	return { x: left, y: label.y - fontSize * 0.8, width, height: fontSize * 1.05 };
}

/** Labels for `points` in order of priority (earlier ones claim their room first); null where none fits. */
export function placePointLabels(
	points: LabelPoint[],
	viewport: { width: number; height: number },
	dir: 'ltr' | 'rtl',
	/** Rectangles labels stay out of (what covers the map: the text column, labels already placed). */
	keepClear: Rect[] = [],
	fontSize = FONT_SIZE
): (PlacedLabel | null)[] {
	const markers: Box[] = points.map(({ x, y, radius }) => ({
		left: x - radius,
		top: y - radius,
		right: x + radius,
		bottom: y + radius
	}));
	const taken: Box[] = [
		...markers,
		...keepClear.map(({ x, y, width, height }) => ({ left: x, top: y, right: x + width, bottom: y + height }))
	];
	// Points on the same spot (two places a few pixels apart) do not block each other's labels.
	const sameSpot = (i: number, j: number) =>
		Math.hypot(points[i].x - points[j].x, points[i].y - points[j].y) < points[i].radius + points[j].radius;
	return points.map((point, index) => {
		const { x, y, radius } = point;
		const baseline = y + fontSize * 0.35;
		const right: PlacedLabel = { x: x + radius + GAP, y: baseline, anchor: 'start' };
		const left: PlacedLabel = { x: x - radius - GAP, y: baseline, anchor: 'end' };
		const candidates: PlacedLabel[] = [
			...(dir === 'rtl' ? [left, right] : [right, left]),
			{ x, y: y + radius + GAP + fontSize * 0.8, anchor: 'middle' },
			{ x, y: y - radius - GAP - fontSize * 0.25, anchor: 'middle' }
		];
		for (const label of candidates) {
			const rect = labelRect(label, point.text, fontSize);
			const box = { left: rect.x, top: rect.y, right: rect.x + rect.width, bottom: rect.y + rect.height };
			const inside =
				box.left >= 0 && box.top >= 0 && box.right <= viewport.width && box.bottom <= viewport.height;
			const blocked = taken.some(
				(other, i) => i !== index && !(i < points.length && sameSpot(i, index)) && overlaps(box, other)
			);
			if (!inside || blocked) continue;
			taken.push(box);
			return label;
		}
		return null;
	});
}

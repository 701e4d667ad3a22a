import type { PhoneLayout } from '../story/types.ts';
import type { Padding, Rect, Viewport } from './camera.ts';

/**
 * Where the map and the story text sit, for a viewport size. The CSS in
 * src/app.css ("The scrollytelling block") uses the same numbers (keep them in
 * step): a text column on the left from PHONE_MAX_WIDTH up; below it, by
 * default, the map pinned to the top part of the screen and the text
 * scrolling beneath it, never over it ("split"). A story may choose
 * `phoneLayout: overlay`: cards over the lower part of a full-screen map.
 */
export const PHONE_MAX_WIDTH = 767;
export const COLUMN_LEFT = 32;
export const COLUMN_MAX_WIDTH = 420;
export const COLUMN_WIDTH_FRACTION = 0.42;
/** Split phone layout: the map's share of the screen height, from the top. */
export const PHONE_MAP_HEIGHT = 0.5;
/** Overlay phone layout: cards are read in the lower part of the screen, below this fraction. */
export const PHONE_TEXT_TOP = 0.55;
/** Space between framed places and the edges: room for a label centred on a point. */
export const MARGIN = 56;
/** Beside the text column, room for the widest label (text-max-width 10em) centred on a point. */
const TEXT_MARGIN = 72;

/** Reading direction: right-to-left editions put the text column on the right and mirror the corners. */
export type Direction = 'ltr' | 'rtl';

export interface StoryLayout {
	kind: 'desktop' | 'phone' | 'phone-overlay' | 'clear';
	dir: Direction;
	/** Where the map sits on the screen. */
	map: Rect;
	/** The part of the screen the text takes while a step is read (over the map, or beside it). */
	text: Rect;
	/** Camera padding, inside the map, that keeps framed places out from under the text. */
	padding: Padding;
	/** Fraction of the viewport height where a step becomes active. */
	triggerLine: number;
	/** Fraction of the viewport height where a step's text sits when it is opened directly. */
	readingLine: number;
}

export function storyLayout(
	viewport: Viewport,
	phoneLayout: PhoneLayout = 'split',
	dir: Direction = 'ltr'
): StoryLayout {
	const { width, height } = viewport;
	const whole = { x: 0, y: 0, width, height };
	if (width > PHONE_MAX_WIDTH) {
		const columnWidth = Math.min(COLUMN_MAX_WIDTH, width * COLUMN_WIDTH_FRACTION);
		const x = dir === 'rtl' ? width - COLUMN_LEFT - columnWidth : COLUMN_LEFT;
		const text = { x, y: 0, width: columnWidth, height };
		const beside = COLUMN_LEFT + columnWidth + TEXT_MARGIN;
		return {
			kind: 'desktop',
			dir,
			map: whole,
			text,
			padding:
				dir === 'rtl'
					? { top: MARGIN, right: beside, bottom: MARGIN, left: MARGIN }
					: { top: MARGIN, right: MARGIN, bottom: MARGIN, left: beside },
			triggerLine: 0.5,
			readingLine: 0.4
		};
	}
	const margin = Math.min(MARGIN, width / 7);
	if (phoneLayout === 'overlay') {
		const textTop = Math.round(height * PHONE_TEXT_TOP);
		return {
			kind: 'phone-overlay',
			dir,
			map: whole,
			text: { x: 0, y: textTop, width, height: height - textTop },
			padding: { top: margin, right: margin, bottom: height - textTop + margin / 2, left: margin },
			triggerLine: PHONE_TEXT_TOP + 0.1,
			readingLine: PHONE_TEXT_TOP
		};
	}
	// The map element is only the top part: nothing lies over it, so the padding is a margin.
	// Called with the map element's own size (as StoryMap does) it gives the same padding.
	const mapHeight = Math.round(height * PHONE_MAP_HEIGHT);
	return {
		kind: 'phone',
		dir,
		map: { x: 0, y: 0, width, height: mapHeight },
		text: { x: 0, y: mapHeight, width, height: height - mapHeight },
		padding: { top: margin, right: margin, bottom: margin, left: margin },
		triggerLine: PHONE_MAP_HEIGHT + 0.25,
		readingLine: PHONE_MAP_HEIGHT + 0.03
	};
}

/** Where a locator inset sits in the map, as CSS offsets from its corner. */
export interface InsetPlace {
	corner: 'top-right' | 'top-left' | 'bottom-left' | 'bottom-right';
	/** Distance from the corner's two edges (the top-right one clears the attribution and scale). */
	x: number;
	y: number;
	width: number;
	height: number;
}

/**
 * The locator's corner, never under the text: top right under the attribution
 * and scale, except on split phones, where the map is short and the bottom
 * left is free (the step buttons take the top left).
 */
export function locatorPlace(layout: StoryLayout, creditRoom = 0): InsetPlace {
	const place =
		layout.kind === 'phone' ? PHONE_INSET : { ...TOP_RIGHT_INSET, y: TOP_RIGHT_INSET.y + creditRoom };
	return layout.dir === 'rtl' ? mirrored(place) : place;
}

/** A line of the map's credits, in CSS pixels (12 px type). */
export const CREDIT_LINE = 18;

/**
 * The room the map's credits take beyond their one line: a newsroom's basemap
 * archive has its credit on a line of its own under Natural Earth's
 * (equipMap), so what shares their corner (the inset) moves down by a line.
 */
export function creditRoomFor(archive: unknown): number {
	return archive ? CREDIT_LINE : 0;
}

/** The same place in the opposite corner, for right-to-left editions (the map itself is never mirrored). */
function mirrored(place: InsetPlace): InsetPlace {
	const [vertical, horizontal] = place.corner.split('-');
	return {
		...place,
		corner: `${vertical}-${horizontal === 'left' ? 'right' : 'left'}` as InsetPlace['corner']
	};
}

/** Top right, under the attribution and the scale: desktops, overlay phones and the embeds. */
const TOP_RIGHT_INSET: InsetPlace = { corner: 'top-right', x: 8, y: 56, width: 160, height: 112 };
/** On split phones the inset sits above the time rail's strip, which runs along the map's bottom edge. */
const PHONE_INSET: InsetPlace = { corner: 'bottom-left', x: 8, y: 8 + 32, width: 112, height: 78 };

/** The layout with camera padding that keeps framed places out from under the locator. */
export function withLocator(layout: StoryLayout, creditRoom = 0): StoryLayout {
	const inset = locatorPlace(layout, creditRoom);
	const clear = inset.y + inset.height + 8;
	const padding = inset.corner.startsWith('top')
		? { ...layout.padding, top: Math.max(layout.padding.top, clear) }
		: { ...layout.padding, bottom: Math.max(layout.padding.bottom, clear) };
	return { ...layout, padding };
}

/** Where the time rail sits in the map: a strip along one edge, never under the text. */
export interface RailPlace {
	edge: 'top' | 'bottom';
	/** Left offset, distance from the edge, and size, in CSS pixels. */
	x: number;
	y: number;
	width: number;
	height: number;
	/** A thin strip with the active date and a mini-axis, whose button opens the list of dates. */
	compact: boolean;
}

const RAIL_HEIGHT = 48;
const PHONE_RAIL_HEIGHT = 32;
const COMPACT_RAIL_BELOW_HEIGHT = 360;
/** Top right on desktops: the attribution and scale. */
const ATTRIBUTION_WIDTH = 240;

/**
 * The time rail's strip: on desktops across the top of the map between the
 * text column and the attribution; on split phones along the bottom of the map
 * (the inset sits above it); on overlay phones just above the text; in the
 * embeds along the map's bottom.
 */
export function railPlace(layout: StoryLayout): RailPlace {
	const { map } = layout;
	switch (layout.kind) {
		case 'desktop': {
			// Between the text column and the attribution, which sit in opposite corners.
			const x = layout.dir === 'rtl' ? ATTRIBUTION_WIDTH : layout.text.x + layout.text.width + 24;
			const end = layout.dir === 'rtl' ? layout.text.x - 24 : map.width - ATTRIBUTION_WIDTH;
			return { edge: 'top', x, y: 8, width: Math.max(0, end - x), height: RAIL_HEIGHT, compact: false };
		}
		// On phones the key's button ends the strip (keyPlace), on the side away from the text's start.
		case 'phone':
			return {
				edge: 'bottom',
				x: layout.dir === 'rtl' ? KEY_BUTTON_WIDTH : 0,
				y: 0,
				width: map.width - KEY_BUTTON_WIDTH,
				height: PHONE_RAIL_HEIGHT,
				compact: true
			};
		case 'phone-overlay':
			return {
				edge: 'bottom',
				x: layout.dir === 'rtl' ? KEY_BUTTON_WIDTH : 0,
				y: map.height - layout.text.y + 8,
				width: map.width - KEY_BUTTON_WIDTH,
				height: PHONE_RAIL_HEIGHT,
				compact: true
			};
		case 'clear': {
			// A short embed keeps its map for the places: the strip instead of the full rail.
			const compact = map.height < COMPACT_RAIL_BELOW_HEIGHT;
			const width = compact ? map.width : Math.max(0, map.width - 16);
			const height = compact ? PHONE_RAIL_HEIGHT : RAIL_HEIGHT;
			return { edge: 'bottom', x: compact ? 0 : 8, y: compact ? 0 : 8, width, height, compact };
		}
	}
}

/** The layout with camera padding that keeps framed places (and their labels) clear of the rail. */
export function withRail(layout: StoryLayout): StoryLayout {
	const rail = railPlace(layout);
	const clear = rail.y + rail.height + MARGIN / 2;
	const padding =
		rail.edge === 'top'
			? { ...layout.padding, top: Math.max(layout.padding.top, clear) }
			: { ...layout.padding, bottom: Math.max(layout.padding.bottom, clear) };
	return { ...layout, padding };
}

/** The phone key's button, at the end of the rail's strip (keyPlace.ts). */
export const KEY_BUTTON_WIDTH = 64;
/** A key's row: an entry's line. */
export const KEY_ROW = 18;
/** The rows the key may take where it stays open (desktops, embeds, static maps). */
export const KEY_ROWS = 3;

/**
 * How far up from the map's bottom the key's box starts (`y`) and how tall it
 * may be, where it stays open: on desktops above the step buttons (fixed in
 * the bottom corner, 0.8rem in, about 44 px tall); in the embeds and static
 * maps above the rail, or above the scale bar. Null on phones, where a button
 * in the rail's strip opens it (keyPlace.ts).
 */
export function keyBand(layout: StoryLayout, rail: boolean): { y: number; height: number } | null {
	if (layout.kind !== 'desktop' && layout.kind !== 'clear') return null;
	const strip = railPlace(layout);
	const y = layout.kind === 'desktop' ? 64 : rail ? strip.y + strip.height + 6 : 34;
	return { y, height: KEY_ROWS * KEY_ROW + 8 };
}

/** The layout with camera padding that keeps framed places (and their labels) clear of the key. */
export function withKey(layout: StoryLayout, { rail = false }: { rail?: boolean } = {}): StoryLayout {
	const band = keyBand(layout, rail);
	if (!band) return layout;
	const bottom = Math.max(layout.padding.bottom, band.y + band.height + 8);
	return { ...layout, padding: { ...layout.padding, bottom } };
}

/**
 * The layout the story page's map frames each step for (its own element's
 * size): the screen's layout, with room for the time rail when the story has
 * dates and for the locator inset when the step has one. The live map and the
 * prerendered posters that stand in for it share it, so both frame alike.
 */
export function storyMapLayout(
	viewport: Viewport,
	{
		phoneLayout,
		dir,
		rail,
		locator,
		creditRoom
	}: { phoneLayout: PhoneLayout; dir: Direction; rail: boolean; locator: boolean; creditRoom?: number }
): StoryLayout {
	const layout = storyLayout(viewport, phoneLayout, dir);
	const railed = rail ? withRail(layout) : layout;
	return withKey(locator ? withLocator(railed, creditRoom) : railed, { rail });
}

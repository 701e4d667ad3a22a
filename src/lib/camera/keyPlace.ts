import { KEY_BUTTON_WIDTH, KEY_ROW, keyBand, railPlace, type StoryLayout } from './layout.ts';

/**
 * Where the map's key sits (MapKey, keySvg): a box in a bottom corner, in the
 * band the camera keeps clear (keyBand, withKey); on desktops on the map's side
 * above the step buttons, in the embeds and static maps on the text's side.
 * On phones no corner of so small a map is free: a button at the end of the
 * rail's strip opens the key over the map. Mirrored right to left.
 */
export interface KeyPlace {
	corner: 'bottom-left' | 'bottom-right';
	/** From the corner's side edge and from the bottom, px. */
	x: number;
	y: number;
	width: number;
	height: number;
	/** An entry's line, px. */
	row: number;
	/** A button that opens the key (phones). */
	collapsed: boolean;
}

/** Not wider than this, so the key stays a corner's box. */
const KEY_WIDTH = 360;

export function keyPlace(layout: StoryLayout, { rail = false }: { rail?: boolean } = {}): KeyPlace {
	const band = keyBand(layout, rail);
	const flip = (corner: KeyPlace['corner']): KeyPlace['corner'] =>
		layout.dir !== 'rtl' ? corner : corner === 'bottom-left' ? 'bottom-right' : 'bottom-left';
	if (!band) {
		const strip = railPlace(layout);
		return {
			corner: flip('bottom-right'),
			x: 0,
			y: strip.y,
			width: KEY_BUTTON_WIDTH,
			height: strip.height,
			row: KEY_ROW,
			collapsed: true
		};
	}
	const width = Math.min(KEY_WIDTH, Math.max(0, layout.map.width - 16));
	return {
		corner: flip(layout.kind === 'desktop' ? 'bottom-right' : 'bottom-left'),
		x: layout.kind === 'desktop' ? 13 : 8,
		y: band.y,
		width,
		height: band.height,
		row: KEY_ROW,
		collapsed: false
	};
}

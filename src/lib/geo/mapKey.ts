import type { Palette } from './palette.ts';
import { KEY_KINDS, type KeyKind, type KeyWords } from '../locale/keyWords.ts';

export { KEY_KINDS, type KeyKind, type KeyWords };

/**
 * The map's key: what each symbol a step draws means. One entry per kind of
 * symbol, in a fixed order, and only the kinds the step draws. The live map
 * (MapKey.svelte) and the static maps (keySvg) draw the same swatches from
 * `swatchOf`, so a reader sees one key whichever map they have.
 */
export interface KeyEntry {
	kind: KeyKind;
	/** Drawn only from this zoom (the provinces' outlines come with the close-up basemap). */
	minZoom?: number;
}

interface KeyFeature {
	geometry: GeoJSON.Geometry | null;
	properties: { id?: unknown; kind?: unknown; precision?: unknown } | null;
}

/**
 * The kinds a step draws: its shown layers' points and shapes (those it
 * highlights apart), its arcs, and the provinces' outlines where its view
 * comes close enough for them and some lie in it (`provincesFrom`).
 */
export function keyEntriesFor(
	step: { layers: string[]; highlight: string[]; arcs: { id: string }[] },
	layers: { id: string; features: KeyFeature[] }[],
	arcs: { properties: { id?: unknown; schematic?: unknown } | null }[],
	provincesFrom?: number
): KeyEntry[] {
	const kinds = new Set<KeyKind>();
	const highlighted = new Set(step.highlight);
	for (const layer of layers) {
		if (!step.layers.includes(layer.id)) continue;
		for (const feature of layer.features) {
			const type = feature.geometry?.type;
			const props = feature.properties ?? {};
			const strong = highlighted.has(String(props.id));
			if (type === 'Point') kinds.add(strong ? 'highlightedPlace' : 'place');
			else if (type !== 'Polygon' && type !== 'MultiPolygon') continue;
			else if (props.precision === 'uncertain') kinds.add('uncertain');
			else if (strong) kinds.add('highlightedCountry');
			else kinds.add(props.kind === 'territory' ? 'territory' : 'country');
		}
	}
	const arcIds = new Set(step.arcs.map((arc) => arc.id));
	for (const arc of arcs)
		if (arcIds.has(String(arc.properties?.id))) kinds.add(arc.properties?.schematic ? 'schematic' : 'route');
	const entries: KeyEntry[] = KEY_KINDS.filter((kind) => kinds.has(kind)).map((kind) => ({ kind }));
	return provincesFrom === undefined ? entries : [...entries, { kind: 'province', minZoom: provincesFrom }];
}

/** The entries a map at this zoom shows. */
export const entriesAt = (entries: KeyEntry[], zoom: number) =>
	entries.filter((entry) => entry.minZoom === undefined || zoom >= entry.minZoom);

/** A swatch: a small SVG drawing (16 × 12) of the symbol, in the palette's colours, as the map draws it. */
export function swatchOf(kind: KeyKind, colors: Palette): string {
	const line = (color: string, width: number, dash?: string) =>
		`<path d="M1 6H15" stroke="${color}" stroke-width="${width}"${dash ? ` stroke-dasharray="${dash}"` : ''} fill="none"/>`;
	const box = (fill: string) =>
		`<rect x="1" y="1" width="14" height="10" fill="${fill}" fill-opacity="0.55" stroke="${colors.border}" stroke-width="0.8"/>`;
	switch (kind) {
		case 'highlightedPlace':
			return `<circle cx="8" cy="6" r="5" fill="${colors.placeHighlight}" stroke="${colors.halo}" stroke-width="1.2"/>`;
		case 'place':
			return `<circle cx="8" cy="6" r="3.6" fill="${colors.place}" stroke="${colors.halo}" stroke-width="1.2"/>`;
		case 'uncertain':
			return `<circle cx="8" cy="6" r="5" fill="${colors.placeHighlight}" fill-opacity="0.55" stroke="${colors.placeHighlight}" stroke-width="1.2" stroke-dasharray="2 1.5"/>`;
		case 'highlightedCountry':
			return box(colors.countryHighlight);
		case 'country':
			return box(colors.country);
		case 'territory':
			return box(colors.territory);
		case 'route':
			return line(colors.arc, 2.5);
		case 'schematic':
			return line(colors.arc, 2.5, '3 2');
		case 'province':
			return line(colors.border, 1, '4 3');
	}
}

/** An estimate of a phrase's width at `size` px (static maps cannot measure text). */
const textWidth = (text: string, size: number) => [...text].length * size * 0.56;

const SWATCH = 16;
const ROW = 18;
const GAP = 12;

/**
 * The key as an SVG group for a static map, at `place` (x, y: its top left),
 * its entries flowing in rows no wider than `place.width`, written in the
 * edition's direction. Empty when the step draws nothing that needs a key.
 */
export function keySvg(
	entries: KeyEntry[],
	words: KeyWords,
	colors: Palette,
	place: { x: number; y: number; width: number },
	dir: 'ltr' | 'rtl',
	escape: (text: string) => string
): string {
	if (entries.length === 0) return '';
	const size = 11;
	const items: string[] = [];
	let [x, row] = [0, 0];
	let widest = 0;
	for (const { kind } of entries) {
		const text = words.kinds[kind];
		const width = SWATCH + 4 + textWidth(text, size);
		if (x > 0 && x + width > place.width - 12) [x, row] = [0, row + 1];
		const left = dir === 'rtl' ? place.width - 6 - x - SWATCH : 6 + x;
		const textX = dir === 'rtl' ? left - 4 : left + SWATCH + 4;
		const y = 6 + row * ROW;
		items.push(
			`<svg x="${Math.round(left)}" y="${y + 2}" width="16" height="12" viewBox="0 0 16 12">${swatchOf(kind, colors)}</svg>` +
				`<text x="${Math.round(textX)}" y="${y + 12}"${dir === 'rtl' ? ' text-anchor="end"' : ''} font-size="${size}" class="label">${escape(text)}</text>`
		);
		x += width + GAP;
		widest = Math.max(widest, x - GAP);
	}
	const height = (row + 1) * ROW + 8;
	const boxWidth = Math.min(place.width, Math.ceil(widest + 12));
	const boxX = dir === 'rtl' ? place.width - boxWidth : 0;
	return (
		`<g class="map-key" transform="translate(${place.x} ${place.y})" aria-label="${escape(words.title)}">` +
		`<rect x="${boxX}" width="${boxWidth}" height="${height}" rx="4" fill="${colors.halo}" fill-opacity="0.9"/>` +
		items.join('') +
		'</g>'
	);
}

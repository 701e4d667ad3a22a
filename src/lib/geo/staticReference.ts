import type { GeoProjection } from 'd3-geo';
import type { Palette } from './palette.ts';
import { anchorOf } from './geometry.ts';
import { placePointLabels, type Rect } from './labelPlacement.ts';
import { REFERENCE_MIN_ZOOM, SEA_LABEL_ZOOMS, type ReferenceFeature } from './reference.ts';
import { d3Winding, escapeXml, isolate } from './svg.ts';
import type { Script } from '../locale/staticMapText.ts';

/** How far (px) a context label keeps from a story place's marker, so the story's labels stay legible. */
const CLEARANCE = 36;

interface Drawing {
	projection: GeoProjection;
	/** SVG path data for a feature (empty or null when nothing is drawn). */
	path: (feature: GeoJSON.Feature) => string | null;
	zoom: number;
	width: number;
	height: number;
	colors: Palette;
	/** Pixels of the story's markers: context yields to them, as it does on the live map. */
	markers: [number, number][];
	/** What the story's names and the page's text take: a town's name goes elsewhere or not at all. */
	taken: Rect[];
	/** Right to left: a town's name goes before its dot, on the left. */
	dir: 'ltr' | 'rtl';
}

/**
 * The reference context of a static map, drawn at the zooms the live map
 * shows it (style.ts): area outlines, town dots with names, and sea names. A
 * town's name goes beside its dot where it finds room, larger towns first, as
 * MapLibre's collision places them.
 */
export function referenceSvg(features: ReferenceFeature[], drawing: Drawing): string {
	const { projection, path, zoom, width, height, colors, markers, dir, taken } = drawing;
	const clear = ([x, y]: [number, number]) =>
		x > 0 &&
		y > 0 &&
		x < width &&
		y < height &&
		markers.every(([mx, my]) => Math.hypot(mx - x, my - y) > CLEARANCE);
	const round = (v: number) => Math.round(v * 10) / 10;
	const at = (feature: ReferenceFeature) => {
		const position = projection(anchorOf(feature));
		return position ? (position.map(round) as [number, number]) : null;
	};
	const text = (x: number, y: number, attributes: string, name: string) =>
		`<text x="${x}" y="${y}" ${attributes}>${isolate(escapeXml(name), dir)}</text>`;
	const closeEnough = zoom >= REFERENCE_MIN_ZOOM;
	const seasShown = zoom >= SEA_LABEL_ZOOMS[0] && zoom < SEA_LABEL_ZOOMS[1];
	// A picked town from its whole zoom, as the live map's filter shows it (style.ts).
	const townShown = (feature: ReferenceFeature) => Math.floor(zoom) >= (feature.properties.minZoom ?? 0);
	const towns = features
		.filter((f) => (f.properties.kind === 'town' || f.properties.kind === 'city') && townShown(f))
		.map((feature) => ({ feature, at: at(feature) }))
		.filter(
			(town): town is { feature: ReferenceFeature; at: [number, number] } => !!town.at && clear(town.at)
		)
		.sort((a, b) => (a.feature.properties.rank ?? -1) - (b.feature.properties.rank ?? -1));
	const townLabels = placePointLabels(
		towns.map(({ feature, at: [x, y] }) => ({ x, y, radius: 2.5, text: feature.properties.name })),
		{ width, height },
		dir,
		taken,
		11
	);
	const townSvg = towns.map(({ feature, at: [x, y] }, i) => {
		const label = townLabels[i];
		const dot = `<circle cx="${x}" cy="${y}" r="2.5" fill="${colors.label}"/>`;
		if (!label) return dot;
		const anchor = label.anchor === 'start' ? '' : ` text-anchor="${label.anchor}"`;
		return dot + text(round(label.x), round(label.y), `class="context"${anchor}`, feature.properties.name);
	});
	const others = features
		.filter((f) => f.properties.kind === 'sea' || f.properties.kind === 'area')
		.map((feature) => {
			const { kind, name } = feature.properties;
			const position = at(feature);
			if (kind === 'sea') {
				if (!seasShown || !position || !clear(position)) return '';
				return text(...position, `class="sea" text-anchor="middle"`, name);
			}
			if (!closeEnough) return '';
			if (kind === 'area') {
				const d = path(d3Winding(feature));
				if (!d) return '';
				const outline = `<path d="${d}" fill="none" stroke="${colors.label}" stroke-dasharray="3 2"/>`;
				return (
					outline +
					(position && clear(position)
						? text(...position, `class="context" text-anchor="middle"`, name.toUpperCase())
						: '')
				);
			}
			return '';
		});
	return (closeEnough ? [...others, ...townSvg] : others).join('');
}

/**
 * The text styles referenceSvg's labels use, for the map's <style>, in the
 * map's font `family`. Sea names are spaced italics in Latin script; Arabic
 * script has no italics, and spacing would break its joined letters.
 */
export function referenceStyles(colors: Palette, family: string, script: Script): string {
	const halo = `paint-order:stroke;stroke-width:3px`;
	const sea = script === 'latin' ? `italic 12px ${family};letter-spacing:.1em` : `12px ${family}`;
	return (
		`.context{font:11px ${family};fill:${colors.label};stroke:${colors.halo};${halo}}` +
		`.sea{font:${sea};fill:${colors.seaLabel};stroke:${colors.sea};${halo}}`
	);
}

import { geoMercator } from 'd3-geo';
import { d3Winding, escapeXml, isolate, relativePathData, thinned } from './svg.ts';
import type { Camera, Viewport } from '../camera/camera.ts';
import { EDITIONS, type Lang } from '../locale/editions.ts';
import { SCRIPT_FACE, STATIC_MAP_TEXT } from '../locale/staticMapText.ts';
import type { Palette } from './palette.ts';
import type { PlaceOnPage } from '../story/types.ts';
import type { Basemap } from './basemap.ts';
import { DETAIL_MIN_ZOOM } from './basemap.ts';
import { CLOSE_MIN_ZOOM, type CloseBasemap } from './closeBasemap.ts';
import type { ReferenceFeature } from './reference.ts';
import { labelRect, placePointLabels, type Rect } from './labelPlacement.ts';
import { scaleBarFor, type ScaleBar } from './scaleBar.ts';
import { keySvg, type KeyEntry, type KeyWords } from './mapKey.ts';
import { referenceStyles, referenceSvg } from './staticReference.ts';
import { archiveSvg, type ArchiveDrawing } from './archiveSvg.ts';

export interface StaticMapInput {
	camera: Camera;
	viewport: Viewport;
	basemap: Basemap;
	/** 1:10m around the close-ups, drawn when the camera is at CLOSE_MIN_ZOOM or closer. */
	close?: CloseBasemap;
	/** A newsroom's basemap archive (archiveDrawing.ts): its layers over the land, under the story's. */
	archive?: ArchiveDrawing;
	/** The story layers shown at this step. */
	layers: GeoJSON.FeatureCollection[];
	arcs: GeoJSON.Feature[];
	highlighted: string[];
	/** Context that is not a story place (towns, seas, areas), drawn at the live map's zooms. */
	reference?: ReferenceFeature[];
	/** Point places shown, for markers and labels. */
	places: PlaceOnPage[];
	palette: Palette;
	/** The edition: the language of the map's own words, and which way its corners go. */
	lang: Lang;
	title: string;
	description: string;
	/** A locator inset (renderLocator's SVG) for its top corner (locatorPlace), for close-up steps. */
	locator?: { svg: string; x: number; y: number };
	/**
	 * @font-face rules for the language's face (SCRIPT_FACE), for the map's
	 * <style>: computed by the caller (subsetting is asynchronous), since the
	 * face must hold exactly the characters this map draws.
	 */
	fontFace?: string;
	/** What covers the map where it is shown (the story page's text column): labels stay out of it. */
	keepClear?: { x: number; y: number; width: number; height: number }[];
	/** The key (keySvg): the step's entries, its words, and where its box goes (top left, width). */
	key?: { entries: KeyEntry[]; words: KeyWords; x: number; y: number; width: number };
	/** Draw the scale bar and the credit (false for the story page's posters: the live map's replace them). */
	scaleAndCredit?: boolean;
}

const TILE_SIZE = 512;

/**
 * A scale bar in a bottom corner, the one where the text column starts (left,
 * or right in right-to-left editions): a line with end ticks, and its distance
 * over the end that sits in the corner.
 */
function scaleBarSvg(
	bar: ScaleBar,
	label: string,
	viewport: Viewport,
	colors: Palette,
	rtl: boolean
): string {
	const round = (value: number) => Math.round(value * 10) / 10;
	const x = rtl ? viewport.width - 10 : 10;
	const y = viewport.height - 12;
	const end = round(rtl ? x - bar.px : x + bar.px);
	const d = `M${x} ${y - 5}V${y}H${end}V${y - 5}`;
	return (
		`<g class="scale-bar"><path d="${d}" fill="none" stroke="${colors.halo}" stroke-width="4"/>` +
		`<path d="${d}" fill="none" stroke="${colors.text}" stroke-width="1.5"/>` +
		`<text x="${x}" y="${y - 8}"${rtl ? ' text-anchor="end"' : ''} class="label" font-size="11">${label}</text></g>`
	);
}

/**
 * A map image for one step, drawn from the same data and camera as the live
 * map: the stand-in when scripts are off or WebGL is missing.
 */
export function renderStaticMap(input: StaticMapInput): string {
	const { camera, viewport, basemap, palette: colors } = input;
	const { width, height } = viewport;
	const text = STATIC_MAP_TEXT[input.lang];
	const { dir } = EDITIONS[input.lang];
	const rtl = dir === 'rtl';
	const face = SCRIPT_FACE[text.script];
	const family = face ? `${face},system-ui,sans-serif` : 'system-ui,sans-serif';
	const words = (value: string) => isolate(escapeXml(value), dir);
	const projection = geoMercator()
		.scale((TILE_SIZE * 2 ** camera.zoom) / (2 * Math.PI))
		// Rotated to the camera's meridian: a view across the 180th meridian is one piece, and
		// shapes are cut on the far side of the globe, never across the picture.
		.rotate([-camera.center[0], 0])
		.center([0, camera.center[1]])
		.translate([width / 2, height / 2])
		.clipExtent([
			[-2, -2],
			[width + 2, height + 2]
		])
		.precision(0.5);
	// Whole pixels, no two points within one, written relatively: shapes read the same at
	// this scale, at a fraction of the bytes (the poster is part of the story page's first view).
	const path = relativePathData(thinned(projection, 1));
	const draw = (features: GeoJSON.Feature[], attributes: (f: GeoJSON.Feature) => string) =>
		features
			.map((feature) => {
				const d = path(d3Winding(feature));
				return d ? `<path d="${d}" ${attributes(feature)}/>` : '';
			})
			.join('');

	const detail = camera.zoom >= DETAIL_MIN_ZOOM;
	const close = camera.zoom >= CLOSE_MIN_ZOOM ? input.close : undefined;
	const highlighted = new Set(input.highlighted);
	const isHighlighted = (f: GeoJSON.Feature) => highlighted.has(f.properties?.id as string);
	const polygons = input.layers.flatMap((layer) =>
		layer.features.filter((f) => f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon')
	);
	const isUncertain = (f: GeoJSON.Feature) => f.properties?.precision === 'uncertain';
	const certain = polygons.filter((f) => !isUncertain(f));
	const uncertain = polygons.filter(isUncertain);
	const fillOf = (f: GeoJSON.Feature) => {
		const props = f.properties ?? {};
		if (isUncertain(f)) return colors.placeHighlight;
		if (isHighlighted(f)) return colors.countryHighlight;
		return props.kind === 'territory' ? colors.territory : colors.country;
	};

	// The newsroom's archive where it has shapes in view: credited beside Natural Earth when it has.
	const archive = input.archive ? archiveSvg(input.archive, camera.zoom, (f) => path(d3Winding(f))) : '';
	const bar = scaleBarFor(camera);
	const furniture = input.scaleAndCredit ?? true;
	const markerPixels: [number, number][] = [];
	const shownPlaces = input.places
		.map((place) => {
			const position = projection(place.anchor);
			if (!position) return null;
			const [x, y] = position.map((v) => Math.round(v * 10) / 10);
			if (x < 0 || y < 0 || x > width || y > height) return null;
			markerPixels.push([x, y]);
			return { place, x, y, strong: highlighted.has(place.id) };
		})
		.filter((shown) => shown !== null);
	// Highlighted places claim their label's room first.
	const byPriority = [...shownPlaces].sort((a, b) => Number(b.strong) - Number(a.strong));
	const labels = placePointLabels(
		byPriority.map(({ x, y, strong, place }) => ({ x, y, radius: strong ? 11 : 8, text: place.name })),
		viewport,
		dir,
		input.keepClear
	);
	// The story's names and the text column: context labels go around them.
	const taken: Rect[] = [
		...labels.flatMap((label, i) => (label ? [labelRect(label, byPriority[i].place.name)] : [])),
		...(input.keepClear ?? [])
	];
	const markers = byPriority
		.map(({ place, x, y, strong }, i) => {
			const label = labels[i];
			return (
				`<circle cx="${x}" cy="${y}" r="${strong ? 9 : 6}" fill="${strong ? colors.placeHighlight : colors.place}" stroke="${colors.halo}" stroke-width="2"/>` +
				(label
					? `<text x="${label.x}" y="${Math.round(label.y * 10) / 10}"${label.anchor === 'start' ? '' : ` text-anchor="${label.anchor}"`} class="label">${words(place.name)}</text>`
					: '')
			);
		})
		// Drawn in reverse: the highlighted places, whose labels were placed first, end up on top.
		.reverse()
		.join('');

	return [
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="t d" xml:lang="${input.lang}">`,
		`<title id="t">${escapeXml(input.title)}</title><desc id="d">${escapeXml(input.description)}</desc>`,
		`<style>${input.fontFace ?? ''}.label{font:13px ${family};fill:${colors.text};paint-order:stroke;stroke:${colors.halo};stroke-width:3px}${referenceStyles(colors, family, text.script)}</style>`,
		`<rect width="${width}" height="${height}" fill="${colors.sea}"/>`,
		draw(basemap.worldCoast.features, () => `fill="${colors.land}"`),
		detail ? draw(basemap.regionCoast.features, () => `fill="${colors.land}"`) : '',
		draw(
			(detail ? basemap.regionBorders : basemap.worldBorders).features,
			() => `fill="none" stroke="${colors.border}" stroke-width="0.8"`
		),
		// The same order as the live map's layers (style.ts): the close-up sea trims the
		// coarser land and the country fills to the 1:10m coast; uncertainty areas stay above it.
		close ? draw(close.land.features, () => `fill="${colors.land}"`) : '',
		draw(certain, (f) => `fill="${fillOf(f)}" fill-opacity="0.55"`),
		close ? draw(close.sea.features, () => `fill="${colors.sea}"`) : '',
		close
			? draw(
					close.provinces.features,
					() => `fill="none" stroke="${colors.border}" stroke-width="0.8" stroke-dasharray="4 3"`
				)
			: '',
		close ? draw(close.borders.features, () => `fill="none" stroke="${colors.border}" stroke-width="1"`) : '',
		archive,
		draw(uncertain, (f) => `fill="${fillOf(f)}" fill-opacity="0.55"`),
		draw(
			uncertain,
			() => `fill="none" stroke="${colors.placeHighlight}" stroke-width="2" stroke-dasharray="4 4"`
		),
		draw(
			input.arcs,
			(f) =>
				`fill="none" stroke="${colors.arc}" stroke-width="2.5"${f.properties?.schematic ? ' stroke-dasharray="5 5"' : ''}`
		),
		referenceSvg(input.reference ?? [], {
			projection,
			path,
			zoom: camera.zoom,
			width,
			height,
			colors,
			markers: markerPixels,
			taken,
			dir
		}),
		markers,
		furniture ? scaleBarSvg(bar, words(text.km(bar.km)), viewport, colors, rtl) : '',
		input.key ? keySvg(input.key.entries, input.key.words, colors, input.key, dir, words) : '',
		input.locator
			? input.locator.svg.replace('<svg ', `<svg x="${input.locator.x}" y="${input.locator.y}" `)
			: '',
		// The credit in the other bottom corner from the scale bar, the archive's first where it drew.
		furniture &&
			`<text x="${rtl ? 8 : width - 8}" y="${height - 8}"${rtl ? '' : ' text-anchor="end"'} class="label" font-size="11">${words(archive ? `${input.archive!.credit} | ${text.credit}` : text.credit)}</text>`,
		'</svg>'
	]
		.filter(Boolean)
		.join('');
}

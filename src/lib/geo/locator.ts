import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { geoMercator, geoPath } from 'd3-geo';
import type { Palette } from './palette.ts';
import type { Bounds, LonLat } from '../story/types.ts';
import { wrapLongitude } from '../camera/camera.ts';
import { boundsOf } from './geometry.ts';
import { d3Winding, escapeXml } from './svg.ts';
import type { Lang } from '../locale/editions.ts';

/** A locator inset is shown on views zoomed in past this: closer than a region. */
export const LOCATOR_MIN_ZOOM = 5;
/**
 * The screen a step's locator is decided for: a desktop. Whether a view is
 * "zoomed in past its region" must not change with the reader's screen, and
 * the inset shows where this view is, which differs little between screens.
 */
export const LOCATOR_REFERENCE_VIEWPORT = { width: 1280, height: 800 };
/** The inset's size (CSS pixels); phones show it scaled down. */
export const LOCATOR_SIZE = { width: 160, height: 112 };
/** How much of the world around the view the inset shows, in degrees either side. */
const SPAN = { lon: 24, lat: 16 };
/** Below this size (px) the view's rectangle is drawn as a dot. */
const MIN_BOX = 6;

export type Country = GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon, { name: string }>;

/** Where a point is: the part of the country it is in, near the country closest to it, or at sea. */
export type Whereabouts =
	| { relation: 'in'; part: CountryPart; country: string }
	| { relation: 'near'; country: string }
	| { relation: 'at-sea' };

/** A ninth of a country: its middle, a side or a corner. */
export type CountryPart =
	'central' | 'north' | 'south' | 'east' | 'west' | 'north-east' | 'north-west' | 'south-east' | 'south-west';

/**
 * Where a point is: in the south-east of Iran, in central Yemen, or near Israel
 * when it lies in no country (a coast drawn coarsely, a sea). Countries by their
 * basemap (English) names; the words are the edition's (locatorLabel).
 */
export function whereIs(point: LonLat, countries: Country[]): Whereabouts {
	const inside = countries.find((country) => booleanPointInPolygon(point, country));
	if (!inside) {
		// Nearest by its closest vertex: the coarse coastlines are the ones a point falls outside.
		const scale = Math.cos((point[1] * Math.PI) / 180);
		const distance = (country: Country) => {
			const rings =
				country.geometry.type === 'Polygon' ? [country.geometry.coordinates] : country.geometry.coordinates;
			let best = Infinity;
			for (const [lon, lat] of rings.flat(2))
				best = Math.min(best, Math.hypot((lon - point[0]) * scale, lat - point[1]));
			return best;
		};
		const nearest = countries
			.map((country) => ({ country, distance: distance(country) }))
			.sort((a, b) => a.distance - b.distance)[0];
		return nearest ? { relation: 'near', country: nearest.country.properties.name } : { relation: 'at-sea' };
	}
	const [west, south, east, north] = boundsOf(inside);
	const fx = (point[0] - west) / (east - west);
	const fy = (point[1] - south) / (north - south);
	const northSouth = fy > 0.6 ? 'north' : fy < 0.4 ? 'south' : '';
	const eastWest = fx > 0.6 ? 'east' : fx < 0.4 ? 'west' : '';
	const part = [northSouth, eastWest].filter(Boolean).join('-') || 'central';
	return { relation: 'in', part: part as CountryPart, country: inside.properties.name };
}

/** How each edition names a locator's view; `country` already in the edition's language. */
const LOCATOR_WORDS: Record<Lang, (where: Whereabouts, country: string) => string> = {
	en: (where, country) => {
		const prefix = 'Locator: the view is';
		if (where.relation === 'at-sea') return `${prefix} at sea`;
		if (where.relation === 'near') return `${prefix} near ${country}`;
		const part = where.part === 'central' ? 'central' : `${where.part}ern`;
		return `${prefix} in ${part} ${country}`;
	},
	fa: (where, country) => {
		const prefix = 'نقشهٔ راهنما: این نما';
		if (where.relation === 'at-sea') return `${prefix} روی دریاست`;
		if (where.relation === 'near') return `${prefix} نزدیک ${country} است`;
		return `${prefix} در ${PERSIAN_PARTS[where.part]} ${country} است`;
	}
};

const PERSIAN_PARTS: Record<CountryPart, string> = {
	central: 'مرکز',
	north: 'شمال',
	south: 'جنوب',
	east: 'شرق',
	west: 'غرب',
	'north-east': 'شمال شرقی',
	'north-west': 'شمال غربی',
	'south-east': 'جنوب شرقی',
	'south-west': 'جنوب غربی'
};

/**
 * A locator's accessible name in an edition: "Locator: the view is in
 * south-eastern Iran". `countryNames`: the edition's names of the basemap's
 * countries, by English name (the original needs none).
 */
export function locatorLabel(
	where: Whereabouts,
	lang: Lang = 'en',
	countryNames: Record<string, string> = {}
): string {
	const country = where.relation === 'at-sea' ? '' : (countryNames[where.country] ?? where.country);
	return LOCATOR_WORDS[lang](where, country);
}

export interface Locator {
	/** The accessible name in English: "Locator: the view is in south-eastern Iran". */
	label: string;
	/** Where the view is, for other editions' names (locatorLabel). */
	where: Whereabouts;
	/** The inset as SVG markup (a complete <svg> element). */
	svg: string;
}

/**
 * A small overview of the countries around a close-up view (`view`: its
 * visible bounds), with the view marked (a rectangle, or a dot when the
 * rectangle would be tiny), named after the places it frames (`focus`). Drawn
 * at build time from the basemap's countries; no second WebGL map.
 */
export function renderLocator(view: Bounds, focus: Bounds, countries: Country[], colors: Palette): Locator {
	const center: LonLat = [(view[0] + view[2]) / 2, (view[1] + view[3]) / 2];
	// Named after what the step frames, not the middle of the screen (which the text column shifts).
	const framed = wrapLongitude([(focus[0] + focus[2]) / 2, (focus[1] + focus[3]) / 2]);
	const halfLon = Math.max(SPAN.lon, view[2] - view[0]);
	const halfLat = Math.max(SPAN.lat, view[3] - view[1]);
	const extent: GeoJSON.Feature<GeoJSON.MultiPoint> = {
		type: 'Feature',
		properties: {},
		geometry: {
			type: 'MultiPoint',
			coordinates: [
				[center[0] - halfLon, Math.max(-80, center[1] - halfLat)],
				[center[0] + halfLon, Math.min(80, center[1] + halfLat)]
			]
		}
	};
	const { width, height } = LOCATOR_SIZE;
	// Rotated to the view's meridian, so a view across the 180th meridian sits in the middle.
	const projection = geoMercator()
		.rotate([-center[0], 0])
		.fitExtent(
			[
				[0, 0],
				[width, height]
			],
			extent
		)
		.clipExtent([
			[0, 0],
			[width, height]
		]);
	const path = geoPath(projection).digits(1);
	const where = whereIs(framed, countries);
	const home = where.relation === 'in' ? where.country : undefined;
	const land = countries
		.map((country) => {
			const d = path(d3Winding(country));
			if (!d) return '';
			const fill = country.properties.name === home ? colors.country : colors.land;
			return `<path d="${d}" fill="${fill}" stroke="${colors.border}" stroke-width="0.5"/>`;
		})
		.join('');
	const [x0, y0] = projection([view[0], view[3]])!;
	const [x1, y1] = projection([view[2], view[1]])!;
	const round = (value: number) => Math.round(value * 10) / 10;
	const mark =
		x1 - x0 < MIN_BOX || y1 - y0 < MIN_BOX
			? `<circle cx="${round((x0 + x1) / 2)}" cy="${round((y0 + y1) / 2)}" r="4" fill="${colors.placeHighlight}" stroke="${colors.halo}" stroke-width="1.5"/>`
			: `<rect x="${round(x0)}" y="${round(y0)}" width="${round(x1 - x0)}" height="${round(y1 - y0)}" fill="none" stroke="${colors.placeHighlight}" stroke-width="2"/>`;
	const label = locatorLabel(where);
	return {
		label,
		where,
		svg:
			`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escapeXml(label)}">` +
			`<rect width="${width}" height="${height}" fill="${colors.sea}" stroke="${colors.border}"/>${land}${mark}</svg>`
	};
}

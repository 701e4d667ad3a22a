import type { ContentIssue } from './errors.ts';
import { isIsoDate, isMonthOrDate } from './dates.ts';
import { PRECISIONS, SOURCE_KINDS, type GeoLayer } from './types.ts';

type Issues = ContentIssue[];
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isValidId(value: unknown): value is string {
	return typeof value === 'string' && ID.test(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Problems with one position, or undefined when it is a valid [lon, lat]. */
export function positionProblem(position: unknown): string | undefined {
	if (!Array.isArray(position) || position.length < 2) return 'a position must be [lon, lat]';
	const [lon, lat] = position;
	if (typeof lon !== 'number' || typeof lat !== 'number' || !isFinite(lon) || !isFinite(lat))
		return `position ${JSON.stringify(position)} is not numeric`;
	if (lon < -180 || lon > 180) return `longitude ${lon} is outside -180..180`;
	if (lat < -90 || lat > 90) return `latitude ${lat} is outside -90..90 (is it [lat, lon]?)`;
	return undefined;
}

function ringProblem(ring: unknown): string | undefined {
	if (!Array.isArray(ring) || ring.length < 4) return 'a polygon ring needs at least 4 positions';
	for (const position of ring) {
		const problem = positionProblem(position);
		if (problem) return problem;
	}
	const first = ring[0] as number[];
	const last = ring[ring.length - 1] as number[];
	if (first[0] !== last[0] || first[1] !== last[1]) return 'a polygon ring must be closed';
	return undefined;
}

function polygonProblem(rings: unknown): string | undefined {
	if (!Array.isArray(rings) || rings.length === 0) return 'a polygon needs at least one ring';
	for (const ring of rings) {
		const problem = ringProblem(ring);
		if (problem) return problem;
	}
	return undefined;
}

export function geometryProblem(geometry: unknown): string | undefined {
	if (!isRecord(geometry)) return 'missing geometry';
	const coordinates = geometry.coordinates;
	switch (geometry.type) {
		case 'Point':
			return positionProblem(coordinates);
		case 'LineString':
			if (!Array.isArray(coordinates) || coordinates.length < 2) return 'a line needs at least 2 positions';
			return coordinates.map(positionProblem).find(Boolean);
		case 'Polygon':
			return polygonProblem(coordinates);
		case 'MultiPolygon':
			if (!Array.isArray(coordinates) || coordinates.length === 0)
				return 'a multipolygon needs at least one polygon';
			return coordinates.map(polygonProblem).find(Boolean);
		default:
			return `unsupported geometry type ${JSON.stringify(geometry.type)} (use Point, LineString, Polygon or MultiPolygon)`;
	}
}

export function sourcesProblem(sources: unknown): string | undefined {
	if (!Array.isArray(sources) || sources.length === 0) return 'needs at least one source';
	for (const [index, source] of sources.entries()) {
		if (!isRecord(source) || typeof source.outlet !== 'string' || !source.outlet.trim())
			return `source ${index + 1} needs an "outlet"`;
		if (source.url !== undefined && !(typeof source.url === 'string' && /^https?:\/\//.test(source.url)))
			return `source ${index + 1} has a "url" that is not an http(s) address`;
		for (const key of ['date', 'title'] as const)
			if (source[key] !== undefined && typeof source[key] !== 'string')
				return `source ${index + 1} has a "${key}" that is not text`;
		if (source.kind !== undefined && !SOURCE_KINDS.includes(source.kind as never))
			return `source ${index + 1} has a "kind" that is not one of ${SOURCE_KINDS.join(', ')}`;
	}
	return undefined;
}

/** A figure is text, or `{ text, asOf?, source? }`; undefined when it is valid. */
export function figureProblem(figure: unknown): string | undefined {
	if (typeof figure === 'string') return figure.trim() ? undefined : 'is empty';
	if (!isRecord(figure)) return 'must be text or { "text", "asOf", "source" }';
	for (const key of Object.keys(figure))
		if (!['text', 'asOf', 'source'].includes(key))
			return `has an unknown field "${key}" (known: text, asOf, source)`;
	if (typeof figure.text !== 'string' || !figure.text.trim()) return 'needs a "text"';
	if (figure.asOf !== undefined && !(typeof figure.asOf === 'string' && isMonthOrDate(figure.asOf)))
		return `has an "asOf" of ${JSON.stringify(figure.asOf)}, which is not written YYYY-MM or YYYY-MM-DD`;
	if (figure.source !== undefined && !(typeof figure.source === 'string' && figure.source.trim()))
		return 'has a "source" that is not text';
	return undefined;
}

const REQUIRED_TEXT = ['name', 'kind', 'summary'] as const;

function checkProperties(
	properties: Record<string, unknown>,
	report: (field: string, message: string) => void
): void {
	for (const field of REQUIRED_TEXT) {
		const value = properties[field];
		if (typeof value !== 'string' || !value.trim()) report(field, 'missing text');
	}
	if (!PRECISIONS.includes(properties.precision as never))
		report('precision', `must be one of ${PRECISIONS.join(', ')}`);
	if (properties.date !== undefined && !(typeof properties.date === 'string' && isIsoDate(properties.date)))
		report('date', `${JSON.stringify(properties.date)} is not a date written YYYY-MM-DD`);
	if (properties.dateLabel !== undefined) {
		if (typeof properties.dateLabel !== 'string' || !properties.dateLabel.trim())
			report('dateLabel', 'missing text');
		else if (properties.date === undefined)
			report('dateLabel', 'says what "date" is, but the feature has no date');
	}
	if (properties.figures !== undefined) {
		if (!Array.isArray(properties.figures)) report('figures', 'must be a list');
		else
			properties.figures.forEach((figure: unknown, index: number) => {
				const problem = figureProblem(figure);
				if (problem) report('figures', `figure ${index + 1} ${problem}`);
			});
	}
	const sources = sourcesProblem(properties.sources);
	if (sources) report('sources', sources);
	if (properties.country !== undefined && !isValidId(properties.country))
		report('country', 'must be the id of a country feature');
}

/**
 * Checks one geo/<layer>.geojson file on its own (cross-file checks live in
 * validateContent). Returns the typed layer when the shape is usable at all.
 */
export function validateLayer(
	file: string,
	layerId: string,
	json: unknown
): { layer?: GeoLayer; issues: Issues } {
	const issues: Issues = [];
	if (!isRecord(json) || json.type !== 'FeatureCollection' || !Array.isArray(json.features)) {
		issues.push({ file, field: 'type', message: 'must be a GeoJSON FeatureCollection' });
		return { issues };
	}
	if (typeof json.title !== 'string' || !json.title.trim())
		issues.push({ file, field: 'title', message: 'the layer needs a "title" for the place list' });

	const features: GeoLayer['features'] = [];
	json.features.forEach((feature: unknown, index: number) => {
		const props = isRecord(feature) && isRecord(feature.properties) ? feature.properties : {};
		const where = isValidId(props.id) ? `feature "${props.id}"` : `feature #${index + 1}`;
		const report = (field: string, message: string) => issues.push({ file, where, field, message });
		if (!isRecord(feature) || feature.type !== 'Feature') {
			report('type', 'must be a GeoJSON Feature');
			return;
		}
		if (!isValidId(props.id))
			report('id', `${JSON.stringify(props.id)} is not a stable id (lowercase words joined by "-")`);
		const geometry = geometryProblem(feature.geometry);
		if (geometry) report('geometry', geometry);
		checkProperties(props, report);
		features.push(feature as unknown as GeoLayer['features'][number]);
	});
	const layer: GeoLayer = {
		id: layerId,
		title: typeof json.title === 'string' ? json.title : layerId,
		features
	};
	return { layer, issues };
}

import { layerFile, type ContentIssue } from '../story/errors.ts';
import { checkSources } from '../story/sourceChecks.ts';
import type { GeoLayer, LonLat, Place, PlaceProperties, Story } from '../story/types.ts';
import { anchorOf, distanceKm, kmOutside } from '../geo/geometry.ts';

type AnyFeature = GeoJSON.Feature<GeoJSON.Geometry, PlaceProperties>;

/**
 * How far outside its country's shape a place may lie. Country shapes are
 * Natural Earth 1:50m, generalized to about a kilometre and rounded to three
 * decimals: the real coordinates of a coastal town or a small island's port
 * often fall a kilometre or two off that coast. Five kilometres accepts them
 * and still rejects a swapped [lat, lon] or a wrong sign, which land hundreds
 * of kilometres away.
 */
export const COAST_TOLERANCE_KM = 5;

/** Every feature by id, across all layers, with the layer it came from. */
export function indexFeatures(layers: GeoLayer[]): Map<string, { layer: GeoLayer; feature: AnyFeature }> {
	const index = new Map<string, { layer: GeoLayer; feature: AnyFeature }>();
	for (const layer of layers)
		for (const feature of layer.features)
			if (!index.has(feature.properties.id)) index.set(feature.properties.id, { layer, feature });
	return index;
}

/**
 * The checks that need the story and every layer together: ids that are
 * duplicated or unknown, points that are not inside the country they claim,
 * and sources (see checkSources).
 */
export function validateContent(storyFile: string, story: Story, layers: GeoLayer[]): ContentIssue[] {
	const issues: ContentIssue[] = [];
	const index = indexFeatures(layers);
	const layerIds = new Set(layers.map((layer) => layer.id));

	const firstSeen = new Map<string, string>();
	for (const layer of layers)
		for (const feature of layer.features) {
			const id = feature.properties.id;
			const earlier = firstSeen.get(id);
			if (earlier)
				issues.push({
					file: layerFile(layer),
					where: `feature "${id}"`,
					field: 'id',
					message: `duplicate id (also in ${earlier})`
				});
			else firstSeen.set(id, layerFile(layer));
		}

	for (const layer of layers)
		for (const feature of layer.features) {
			const { id, country } = feature.properties;
			if (country === undefined) continue;
			const where = `feature "${id}"`;
			const target = index.get(country)?.feature;
			const geometry = target?.geometry;
			if (!geometry || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')) {
				issues.push({
					file: layerFile(layer),
					where,
					field: 'country',
					message: `"${country}" is not the id of a country shape in geo/`
				});
			} else if (feature.geometry.type === 'Point') {
				const outside = kmOutside(feature.geometry.coordinates as LonLat, geometry);
				if (outside > COAST_TOLERANCE_KM)
					issues.push({
						file: layerFile(layer),
						where,
						field: 'geometry',
						message: `${JSON.stringify(feature.geometry.coordinates)} is ${outside.toFixed(1)} km outside "${country}" (a coastal place may lie up to ${COAST_TOLERANCE_KM} km off its generalized shape; check the coordinates, which GeoJSON writes [lon, lat])`
					});
			}
		}

	if (story.distanceFrom !== undefined && !index.has(story.distanceFrom))
		issues.push({
			file: storyFile,
			field: 'distanceFrom',
			message: `unknown place id "${story.distanceFrom}"`
		});

	for (const step of story.steps) {
		const where = `step "${step.id}"`;
		const unknownPlace = (field: string, id: string) =>
			issues.push({ file: storyFile, where, field, message: `unknown place id "${id}"` });
		for (const id of step.focus) if (!index.has(id)) unknownPlace('focus', id);
		for (const id of step.highlight) if (!index.has(id)) unknownPlace('highlight', id);
		for (const arc of step.arcs)
			for (const id of [arc.from, arc.to]) if (!index.has(id)) unknownPlace('arcs', id);
		for (const id of step.layers)
			if (id !== 'all' && !layerIds.has(id))
				issues.push({
					file: storyFile,
					where,
					field: 'layers',
					message: `unknown layer "${id}" (known: ${[...layerIds].join(', ')})`
				});
		if (step.layers.length === 0)
			issues.push({ file: storyFile, where, field: 'layers', message: 'name the layers to show, or "all"' });
		// Lists are keyed by id on the page: a repeat would stop the page from starting.
		const repeats = (field: string, ids: string[]) => {
			const seen = new Set<string>();
			for (const id of ids) {
				if (seen.has(id))
					issues.push({ file: storyFile, where, field, message: `"${id}" is listed more than once` });
				seen.add(id);
			}
		};
		repeats('focus', step.focus);
		repeats('highlight', step.highlight);
		repeats('layers', step.layers);
		// An arc is known by its two ends, whichever way it is drawn.
		repeats(
			'arcs',
			step.arcs.map((arc) => `${arc.from} -> ${arc.to}`)
		);
	}
	issues.push(...checkSources(storyFile, story, layers));
	return issues;
}

/** The place list and details: properties plus what is computed from geometry. */
export function placesOf(story: Story, layers: GeoLayer[]): Place[] {
	const index = indexFeatures(layers);
	const origin = story.distanceFrom ? index.get(story.distanceFrom) : undefined;
	const originAnchor = origin ? anchorOf(origin.feature) : undefined;
	return layers.flatMap((layer) =>
		layer.features.map((feature) => {
			const anchor = anchorOf(feature);
			const place: Place = { ...feature.properties, layer: layer.id, anchor };
			if (
				originAnchor &&
				feature.properties.id !== story.distanceFrom &&
				feature.properties.kind !== 'country'
			) {
				const km = distanceKm(originAnchor, anchor);
				if (km > 0) place.distanceKm = km;
			}
			return place;
		})
	);
}

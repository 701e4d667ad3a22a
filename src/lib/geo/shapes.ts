import circle from '@turf/circle';
import { splitAtAntimeridian } from './antimeridian.ts';
import { feature as topoFeature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { roundGeometry } from './geometry.ts';

/** Natural Earth 50m is quantized to ~400 m; three decimals (~100 m) keep every vertex. */
export const SHAPE_DECIMALS = 3;
const CIRCLE_DECIMALS = 5;

type LayerJson = {
	title?: string;
	type?: string;
	features: { properties: Record<string, unknown>; geometry: GeoJSON.Geometry }[];
};

/** Country shapes from a world-atlas topology, by ISO numeric id. */
export function countryShapes(topology: Topology): Map<string, GeoJSON.Geometry> {
	const countries = topoFeature(
		topology,
		topology.objects.countries as GeometryCollection
	) as GeoJSON.FeatureCollection;
	// Cut at the 180th meridian (Fiji, Russia): drawn whole, a shape would run round the world.
	return new Map(
		countries.features.map((f) => [
			String(f.id),
			f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon'
				? splitAtAntimeridian(f.geometry)
				: f.geometry
		])
	);
}

/**
 * Re-derives every geometry a layer file does not own: country shapes from
 * Natural Earth (`naturalEarthId`) and uncertainty circles
 * (`uncertaintyCenter` + `uncertaintyRadiusKm`). Hand-placed points are kept
 * as they are. Returns a new object; the input is not changed.
 */
export function refreshDerivedGeometry<T extends LayerJson>(
	layer: T,
	shapes: Map<string, GeoJSON.Geometry>
): T {
	const features = layer.features.map((feature) => {
		const props = feature.properties;
		if (typeof props.naturalEarthId === 'string') {
			const shape = shapes.get(props.naturalEarthId);
			if (!shape)
				throw new Error(`No Natural Earth shape with id ${props.naturalEarthId} (feature "${props.id}")`);
			return { ...feature, geometry: roundGeometry(shape, SHAPE_DECIMALS) };
		}
		if (Array.isArray(props.uncertaintyCenter) && typeof props.uncertaintyRadiusKm === 'number') {
			const area = circle(props.uncertaintyCenter as [number, number], props.uncertaintyRadiusKm, {
				steps: 64,
				units: 'kilometers'
			});
			return { ...feature, geometry: roundGeometry(area.geometry, CIRCLE_DECIMALS) };
		}
		return feature;
	});
	return { ...layer, features };
}

/** Properties readable in a diff, coordinates on one line per geometry. */
export function formatLayer(layer: LayerJson): string {
	const geometries: string[] = [];
	const withMarkers = {
		...layer,
		features: layer.features.map((feature) => {
			geometries.push(JSON.stringify(feature.geometry));
			return { ...feature, geometry: `@@geometry${geometries.length - 1}@@` };
		})
	};
	return (
		JSON.stringify(withMarkers, null, '\t').replace(
			/"@@geometry(\d+)@@"/g,
			(_, index: string) => geometries[Number(index)]
		) + '\n'
	);
}

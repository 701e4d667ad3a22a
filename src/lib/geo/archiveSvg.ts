/**
 * A newsroom's basemap archive in a static map: the archive's features for the
 * view, drawn with the same style layers as the live map (newsroomLayers.ts),
 * their filters and paint evaluated by MapLibre's own style-spec code at the
 * camera's zoom. Features that end up looking the same in a layer share one
 * <path>, which keeps a street grid to a few elements.
 */
import { Color, expression, featureFilter, latest } from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification } from 'maplibre-gl';

/** What a static map needs to draw the archive: the style's layers and the view's features by source layer. */
export interface ArchiveDrawing {
	layers: LayerSpecification[];
	/** Longitude and latitude, each tile's share cut to the tile (archiveReader.ts). */
	features: Record<string, GeoJSON.Feature[]>;
	/** The zoom of the tiles the features came from: filters are evaluated at it (MapLibre does so up to the archive's maxZoom). */
	tileZoom: number;
	/** The archive's credit, which the static map adds to its own. */
	credit: string;
}

type Drawable = Extract<LayerSpecification, { type: 'fill' | 'line' }>;
type Evaluated = ReturnType<ReturnType<typeof expression.normalizePropertyExpression>['evaluate']>;

const GEOMETRY_TYPE: Record<string, 1 | 2 | 3> = {
	Point: 1,
	MultiPoint: 1,
	LineString: 2,
	MultiLineString: 2,
	Polygon: 3,
	MultiPolygon: 3
};

const round = (value: number) => Math.round(value * 100) / 100;

/** `#rrggbb` and an opacity from a style-spec colour (`rgb`: not premultiplied, 0–1). */
function colour(value: Evaluated): { hex: string; alpha: number } {
	if (!(value instanceof Color)) return { hex: '#000000', alpha: 0 };
	const [r, g, b, a] = value.rgb;
	const hex =
		'#' +
		[r, g, b]
			.map((c) =>
				Math.round(c * 255)
					.toString(16)
					.padStart(2, '0')
			)
			.join('');
	return { hex, alpha: a };
}

type Paint = (
	name: string,
	feature: { type: number; properties: Record<string, unknown> }
) => Evaluated | undefined;

/** A layer's paint properties, each compiled once and evaluated per feature at `zoom`. */
function paintOf(layer: Drawable, key: string, zoom: number): Paint {
	const compiled = new Map<string, ReturnType<typeof expression.normalizePropertyExpression>>();
	const specs = (latest as unknown as Record<string, Record<string, unknown>>)[`paint_${layer.type}`];
	return (name, feature) => {
		let property = compiled.get(name);
		if (!property) {
			const value = (layer.paint as Record<string, unknown> | undefined)?.[name];
			property = expression.normalizePropertyExpression(
				value as never,
				`${key}.paint.${name}`,
				specs[name] as never
			);
			compiled.set(name, property);
		}
		return property.evaluate({ zoom } as never, feature as never);
	};
}

/** The SVG attributes of one feature in one layer, or null when it is not drawn. */
function attributesOf(layer: Drawable, paintAt: Paint, feature: GeoJSON.Feature): string | null {
	const target = { type: GEOMETRY_TYPE[feature.geometry.type], properties: feature.properties ?? {} };
	const paint = (name: string) => paintAt(name, target);
	const opacity = (name: string) => Number(paint(name) ?? 1);
	if (layer.type === 'fill') {
		const { hex, alpha } = colour(paint('fill-color'));
		const shown = round(alpha * opacity('fill-opacity'));
		if (shown <= 0) return null;
		return `fill="${hex}"${shown < 1 ? ` fill-opacity="${shown}"` : ''}`;
	}
	const { hex, alpha } = colour(paint('line-color'));
	const shown = round(alpha * opacity('line-opacity'));
	const width = Number(paint('line-width') ?? 1);
	const gap = Number(paint('line-gap-width') ?? 0);
	// A casing is two lines either side of a gap; the road drawn over it fills the gap, so one
	// wide line will do. Lines of no width draw nothing, gap or not.
	const stroke = round(gap > 0 ? gap + 2 * width : width);
	if (shown <= 0 || width <= 0 || stroke < 0.05) return null;
	const dashes = paint('line-dasharray') as number[] | undefined;
	return (
		`fill="none" stroke="${hex}" stroke-width="${stroke}"` +
		(shown < 1 ? ` stroke-opacity="${shown}"` : '') +
		(Array.isArray(dashes) ? ` stroke-dasharray="${dashes.map((d) => round(d * width)).join(' ')}"` : '')
	);
}

/** The archive's layers, bottom first, at the camera's `zoom`; `pathOf` projects one feature to path data. */
export function archiveSvg(
	drawing: ArchiveDrawing,
	zoom: number,
	pathOf: (feature: GeoJSON.Feature) => string
): string {
	return drawing.layers
		.map((layer, index) => {
			if (layer.type !== 'fill' && layer.type !== 'line') return '';
			if (zoom < (layer.minzoom ?? 0) || zoom >= (layer.maxzoom ?? Infinity)) return '';
			if (layer.layout?.visibility === 'none') return '';
			const features = drawing.features[layer['source-layer'] ?? ''] ?? [];
			const key = `layers[${index}]`;
			const filter = featureFilter(layer.filter, `${key}.filter`);
			const paint = paintOf(layer, key, zoom);
			const groups = new Map<string, string>();
			for (const feature of features) {
				const type = GEOMETRY_TYPE[feature.geometry.type];
				if (!type || (layer.type === 'fill' && type !== 3) || type === 1) continue;
				if (
					!filter.filter(
						{ zoom: drawing.tileZoom } as never,
						{ type, properties: feature.properties ?? {} } as never
					)
				)
					continue;
				const attributes = attributesOf(layer, paint, feature);
				const d = attributes && pathOf(feature);
				if (attributes && d) groups.set(attributes, (groups.get(attributes) ?? '') + d);
			}
			return [...groups].map(([attributes, d]) => `<path d="${d}" ${attributes}/>`).join('');
		})
		.join('');
}

import type { StyleSpecification } from 'maplibre-gl';

/**
 * Every text a style's labels can show: the values of the property each
 * symbol layer's `text-field` reads, from every feature of every inline
 * source and of `filledLater`, the collections that sources filled at run
 * time copy from (a layer may draw copies of another source's features, as
 * the step source does of the story's and the arcs), cased as the layer's
 * `text-transform` writes them. The build makes glyphs for exactly these
 * characters, so a label layer whose text is not a plain property read is
 * refused: its characters could not be known ahead.
 */
export function labelTexts(
	style: StyleSpecification,
	filledLater: GeoJSON.FeatureCollection[] = []
): string[] {
	const features = [
		...Object.values(style.sources).flatMap((source) =>
			source.type === 'geojson' && typeof source.data === 'object' && source.data.type === 'FeatureCollection'
				? source.data.features
				: []
		),
		...filledLater.flatMap((collection) => collection.features)
	];
	const texts = new Set<string>();
	for (const layer of style.layers) {
		if (layer.type !== 'symbol' || layer.layout?.['text-field'] === undefined) continue;
		const field = layer.layout['text-field'];
		if (!Array.isArray(field) || field[0] !== 'get' || typeof field[1] !== 'string' || field.length !== 2)
			throw new Error(
				`Style layer "${layer.id}": text-field must read one property (["get", name]) so that the build can make its glyphs; it is ${JSON.stringify(field)}`
			);
		const transform = layer.layout['text-transform'];
		const cased = (text: string) =>
			transform === 'uppercase' ? text.toUpperCase() : transform === 'lowercase' ? text.toLowerCase() : text;
		for (const feature of features) {
			const value = feature.properties?.[field[1]];
			if (typeof value === 'string' && value !== '') texts.add(cased(value));
		}
	}
	return [...texts];
}

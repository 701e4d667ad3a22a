import { ContentError, formatIssue, type ContentIssue } from '../../src/lib/story/errors.ts';
import { assembleContent } from '../../src/lib/server/content.ts';
import { validateLayer } from '../../src/lib/story/validateLayer.ts';
import type { GeoLayer } from '../../src/lib/story/types.ts';

/** A small valid world: a square "country" with a city inside and a port outside. */
export function sampleLayers(): Record<string, unknown> {
	return {
		land: {
			type: 'FeatureCollection',
			title: 'Land',
			features: [
				{
					type: 'Feature',
					properties: {
						id: 'square',
						name: 'Square',
						kind: 'country',
						summary: 'A square country.',
						sources: [{ outlet: 'Test atlas', kind: 'reference' }],
						precision: 'area'
					},
					geometry: {
						type: 'Polygon',
						coordinates: [
							[
								[10, 10],
								[20, 10],
								[20, 20],
								[10, 20],
								[10, 10]
							]
						]
					}
				},
				{
					type: 'Feature',
					properties: {
						id: 'capital',
						name: 'Capital',
						kind: 'city',
						date: '2024-01-03',
						summary: 'The capital.',
						sources: [{ outlet: 'Test wire', date: '3 Jan 2024' }],
						precision: 'city',
						country: 'square'
					},
					geometry: { type: 'Point', coordinates: [15, 15] }
				}
			]
		},
		sea: {
			type: 'FeatureCollection',
			title: 'Sea',
			features: [
				{
					type: 'Feature',
					properties: {
						id: 'port',
						name: 'Port',
						kind: 'port',
						summary: 'A port.',
						sources: [{ outlet: 'Test wire', date: '4 Jan 2024' }],
						precision: 'exact'
					},
					geometry: { type: 'Point', coordinates: [30, 12] }
				}
			]
		}
	};
}

export const SAMPLE_STORY = `title: Test story
dek: A dek.
byline: A desk
published: 2024-02-01
distanceFrom: capital

[sources]
outlet: Test wire
date: 3 Jan 2024
[]

[steps]
id: first
title: First
date: 2024-01-03
focus: capital
layers: land
text: Something happened in the [capital](https://example.org/capital).
:end

id: second
title: Second
focus: capital, port
layers: all
arcs: capital -> port: A link
text: Then at the port.
:end
[]
`;

export function layersFrom(json: Record<string, unknown>): { layers: GeoLayer[]; issues: ContentIssue[] } {
	const issues: ContentIssue[] = [];
	const layers: GeoLayer[] = [];
	for (const [id, value] of Object.entries(json)) {
		const result = validateLayer(`geo/${id}.geojson`, id, value);
		issues.push(...result.issues);
		if (result.layer) layers.push(result.layer);
	}
	return { layers, issues };
}

/** Runs the whole check and returns the problems as the build prints them ("" lines when valid). */
export function problemsWith(story: string, layersJson = sampleLayers()): string[] {
	const { layers, issues } = layersFrom(layersJson);
	try {
		assembleContent('story.aml', story, layers, issues);
		return [];
	} catch (error) {
		if (!(error instanceof ContentError)) throw error;
		return error.issues.map(formatIssue);
	}
}

export function clone<T>(value: T): T {
	return structuredClone(value);
}

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The sample layers with one feature changed. */
export function withFeature(layer: string, index: number, change: (feature: Json) => void) {
	const layers = clone(sampleLayers()) as Json;
	change(layers[layer].features[index]);
	return layers;
}

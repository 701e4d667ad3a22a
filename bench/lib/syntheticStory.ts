/**
 * The scale benchmark's synthetic stories (bench/scale.ts): a story of any
 * number of steps over any number of point places in ten layers, valid as an
 * editor's story must be (tests/unit/synthetic-story.test.ts loads one).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const LAYERS = 10;

/** A deterministic pseudo-random sequence, so every run builds the same stories. */
function random(seed: number) {
	let state = seed;
	return () => {
		state = (state * 1664525 + 1013904223) % 4294967296;
		return state / 4294967296;
	};
}

/** Writes a synthetic story (story.aml + geo layers) into `dir`. */
export function generateStory(dir: string, steps: number, features: number) {
	const next = random(steps * 7919 + features);
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(join(dir, 'src/content'), { recursive: true });
	mkdirSync(join(dir, 'geo'), { recursive: true });
	const ids: string[] = [];
	for (let layer = 0; layer < LAYERS; layer++) {
		const list = [];
		for (let i = layer; i < features; i += LAYERS) {
			const id = `place-${i}`;
			ids.push(id);
			list.push({
				type: 'Feature',
				properties: {
					id,
					name: `Place ${i}`,
					kind: 'city',
					summary: `Synthetic place ${i}.`,
					sources: [{ outlet: 'Synthetic', kind: 'reference' }],
					precision: 'exact'
				},
				geometry: { type: 'Point', coordinates: [30 + next() * 40, 10 + next() * 30] }
			});
		}
		writeFileSync(
			join(dir, `geo/layer-${layer}.geojson`),
			JSON.stringify({ type: 'FeatureCollection', title: `Layer ${layer}`, features: list })
		);
	}
	const pick = () => ids[Math.floor(next() * ids.length)];
	const body = Array.from({ length: steps }, (_, i) => {
		const a = pick();
		let b = pick();
		while (b === a) b = pick();
		const layerOf = (id: string) => `layer-${Number(id.split('-')[1]) % LAYERS}`;
		const layers = new Set([
			`layer-${Math.floor(next() * LAYERS)}`,
			`layer-${Math.floor(next() * LAYERS)}`,
			layerOf(a),
			layerOf(b)
		]);
		return [
			`id: step-${i}`,
			`title: Step ${i}`,
			`focus: ${a}, ${b}`,
			`layers: ${[...layers].join(', ')}`,
			'text: Synthetic step text for the scale benchmark.',
			':end'
		].join('\n');
	}).join('\n\n');
	writeFileSync(
		join(dir, 'src/content/story.aml'),
		`title: Synthetic story\ndek: ${steps} steps.\nbyline: Benchmark\npublished: 2026-01-01\n\n[sources]\noutlet: Synthetic\nkind: reference\n[]\n\n[steps]\n${body}\n[]\n`
	);
}

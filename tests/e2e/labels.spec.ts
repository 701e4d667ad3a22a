import type { Map as MapLibreMap } from 'maplibre-gl';
import { LABEL_LAYER } from '../../src/lib/map/style.ts';
import { loadContent } from '../../src/lib/server/content.ts';
import { expect, test, waitForStep } from './fixtures.ts';

const content = loadContent();
const pointIds = new Set(
	content.layers.flatMap((layer) =>
		layer.features.filter((f) => f.geometry.type === 'Point').map((f) => f.properties.id)
	)
);
/** Places the story names on the map: points and uncertainty areas (countries carry the basemap's names). */
const namedIds = new Set([
	...pointIds,
	...content.places.filter((p) => p.precision === 'uncertain').map((p) => p.id)
]);

/**
 * The labels MapLibre actually drew (queryRenderedFeatures on the symbol
 * layers), read at every step at both sizes: every focus place that is a point
 * or an uncertainty area has its name on the map, no two labels share a pixel, no label sits on
 * another place's point, and none lies under the step's text.
 */
for (const step of content.story.steps)
	test(`labels at step ${step.id}: every focus place named, none overlapping or under the text`, async ({
		page
	}) => {
		await page.goto(`/?step=${step.id}`);
		await waitForStep(page, step.id);
		const card = (await page.locator(`article#${step.id}`).boundingBox())!;
		const mapBox = (await page.locator('#story-map').boundingBox())!;
		const result = await page.locator('#story-map').evaluate(
			async (element, { card, mapBox, points, storyLabels }) => {
				const map = (element as HTMLElement & { storyMap: MapLibreMap }).storyMap;
				await new Promise((done) => {
					map.once('idle', done);
					map.triggerRepaint();
				});
				// Every label the map draws: the story's, and the arcs', countries' and context's.
				const allLabels = map
					.getStyle()
					.layers.filter((l) => l.type === 'symbol' && l.layout?.['text-field'] !== undefined)
					.map((l) => l.id);
				const named = [
					...new Set(map.queryRenderedFeatures({ layers: storyLabels }).map((f) => f.properties.id))
				];
				const overlaps: string[] = [];
				const underText: string[] = [];
				const onPoints: string[] = [];
				const key = (f: { layer: { id: string }; properties: Record<string, unknown> }) =>
					`${f.layer.id}:${String(f.properties.id ?? f.properties.name)}`;
				const canvas = map.getCanvas().getBoundingClientRect();
				for (let y = 0; y < canvas.height; y += 6)
					for (let x = 0; x < canvas.width; x += 6) {
						const found = [...new Set(map.queryRenderedFeatures([x, y], { layers: allLabels }).map(key))];
						if (found.length > 1) overlaps.push(`${found.join(' + ')} at ${x},${y}`);
						const pageX = mapBox.x + x;
						const pageY = mapBox.y + y;
						const inCard =
							pageX >= card.x &&
							pageX <= card.x + card.width &&
							pageY >= card.y &&
							pageY <= card.y + card.height;
						// Story labels only: country names and reference context under a card are just covered.
						if (inCard && found.some((k) => storyLabels.some((layer) => k.startsWith(`${layer}:`))))
							underText.push(`${found.join(' + ')} at ${x},${y}`);
					}
				for (const feature of map.queryRenderedFeatures({ layers: storyLabels })) {
					const id = String(feature.properties.id);
					for (const other of points) {
						if (other.id === id) continue;
						const pixel = map.project(other.at);
						const hits = map.queryRenderedFeatures(pixel, { layers: storyLabels });
						if (hits.some((hit) => hit.properties.id === id)) onPoints.push(`${id} over ${other.id}`);
					}
				}
				return { named, overlaps: overlaps.slice(0, 5), underText: underText.slice(0, 5), onPoints };
			},
			{
				card,
				mapBox,
				// The label layer of the story's own places (style.ts).
				storyLabels: [LABEL_LAYER],
				points: content.places
					.filter((p) => pointIds.has(p.id) && step.layers.includes(p.layer))
					.map((p) => ({ id: p.id, at: p.anchor }))
			}
		);
		for (const id of step.focus.filter((id) => namedIds.has(id)))
			expect(result.named, `${id} is named on the map`).toContain(id);
		expect(result.overlaps, 'labels sharing a pixel').toEqual([]);
		expect([...new Set(result.onPoints)], 'labels over another place').toEqual([]);
		expect(result.underText, 'labels under the step text').toEqual([]);
	});

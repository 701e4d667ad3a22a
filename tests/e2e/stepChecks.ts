/**
 * What must hold at every step of a story, read in the page by one walk per
 * story, edition and screen size (walk.spec.ts). Each check returns the
 * problems it found as sentences naming the step, so one failure says all
 * that is wrong there. A new per-step invariant is a new function here, called
 * from the walk.
 */
import type { Page } from '@playwright/test';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { LABEL_LAYER } from '../../src/lib/map/style.ts';

/** A rectangle on the page, in CSS pixels. */
interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}

/**
 * Scrolls to `y`, waits for the page's active step and the map to settle on
 * it, then finds each of that step's focus places on the screen from the map's
 * published bounds: every one must lie inside the visible map and be the map's
 * own pixel (not under a card, the rail, the inset, a control or the page).
 * Runs in the page in one go: a walk samples many positions.
 */
export async function focusAt(page: Page, y: number): Promise<{ step: string; problems: string[] } | null> {
	return page.evaluate(
		async ([top, timeout]) => {
			window.scrollTo({ top, behavior: 'instant' });
			for (let i = 0; i < 2; i++) await new Promise((done) => requestAnimationFrame(done));
			const map = document.getElementById('story-map')!;
			const box = map.getBoundingClientRect();
			// The story is ending: its map scrolls away with it.
			if (box.y < 0) return null;
			const ids = [...document.querySelectorAll('article.step')].map((card) => card.id);
			const counter = document.querySelector('.step-nav-count')?.textContent ?? '';
			const latin = counter.replace(/[۰-۹]/g, (digit) => String('۰۱۲۳۴۵۶۷۸۹'.indexOf(digit)));
			const id = ids[Number(latin.split('/')[0]) - 1];
			const settled = () =>
				map.dataset.ready === 'true' && map.dataset.step === id && map.dataset.moving !== 'true';
			if (!settled())
				await new Promise<void>((done) => {
					// Frames asked for while waiting (see waitForMap in fixtures.ts).
					let waiting = true;
					const pump = () => waiting && requestAnimationFrame(pump);
					requestAnimationFrame(pump);
					const finish = () => {
						waiting = false;
						observer.disconnect();
						clearTimeout(timer);
						done();
					};
					const timer = setTimeout(finish, timeout);
					const observer = new MutationObserver(() => settled() && finish());
					observer.observe(map, { attributes: true });
				});
			const where = `scrolled to ${top}, step "${id}"`;
			if (!settled()) return { step: id, problems: [`${where}: the map did not settle on it`] };

			const mercatorY = (lat: number) => {
				const sin = Math.sin((lat * Math.PI) / 180);
				return 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI);
			};
			const [west, south, east, north] = map.dataset.bounds!.split(',').map(Number);
			const focus = (document.getElementById(id)!.dataset.focus ?? '').split(',').filter(Boolean);
			const problems: string[] = [];
			for (const placeId of focus) {
				const [lon, lat] = document
					.getElementById(`place-${placeId}`)!
					.dataset.anchor!.split(',')
					.map(Number);
				const shown = west + ((((lon - west) % 360) + 360) % 360);
				const x = box.x + ((shown - west) / (east - west)) * box.width;
				const py =
					box.y + ((mercatorY(lat) - mercatorY(north)) / (mercatorY(south) - mercatorY(north))) * box.height;
				const at = `${where}: ${placeId} at (${x.toFixed(0)}, ${py.toFixed(0)})`;
				if (x < box.x || x > box.x + box.width) problems.push(`${at} is outside the map`);
				else if (py < Math.max(0, box.y) || py > Math.min(innerHeight, box.y + box.height))
					problems.push(`${at} is off the screen`);
				else {
					const hit = document.elementFromPoint(x, py);
					if (!hit?.closest('#story-map .maplibregl-canvas-container')) {
						const cover = hit ? `${hit.tagName.toLowerCase()}.${[...hit.classList].join('.')}` : 'nothing';
						problems.push(`${at} is covered by ${cover}`);
					}
				}
			}
			return { step: id, problems };
		},
		[y, 30_000] as const
	);
}

/**
 * The story's names (its label layer) that the map drew reaching its
 * outermost pixel row or column: cut by the map's edge. In `scope`, the page
 * or an embed's frame.
 */
export async function namesCutByEdge(scope: Pick<Page, 'locator'>): Promise<string[]> {
	return scope.locator('#story-map').evaluate((element, layer) => {
		const map = (element as HTMLElement & { storyMap: MapLibreMap }).storyMap;
		const { width: w, height: h } = map.getCanvas().getBoundingClientRect();
		const namesIn = (x0: number, y0: number, x1: number, y1: number) =>
			map
				.queryRenderedFeatures(
					[
						[x0, y0],
						[x1, y1]
					],
					{ layers: [layer] }
				)
				.map((f) => String(f.properties.id));
		const edges = {
			left: namesIn(0, 0, 1, h),
			right: namesIn(w - 1, 0, w, h),
			top: namesIn(0, 0, w, 1),
			bottom: namesIn(0, h - 1, w, h)
		};
		return [
			...new Set(Object.entries(edges).flatMap(([edge, ids]) => ids.map((id) => `${id} at the ${edge} edge`)))
		];
	}, LABEL_LAYER);
}

/**
 * The labels MapLibre drew (queryRenderedFeatures on the symbol layers): every
 * place in `named` has its name on the map, no two labels share a sampled
 * pixel (every 6 px), no story label sits on another place's point, none
 * lies under the step's card or the map's controls, and none is cut by the
 * map's edge. The pixels are searched by halving the map into
 * quarters where two labels or more meet, then sampled every 6 px there: the
 * same pixels as a full grid, at a hundredth of the queries.
 */
export async function labelProblems(
	page: Page,
	stepId: string,
	named: string[],
	points: { id: string; at: [number, number] }[],
	/**
	 * A close-up's context: the towns and cities it may name, and how many of
	 * those lying in the clear map (off the text and the controls) it must name.
	 */
	context: { towns: { id: string; at: [number, number]; minZoom: number }[]; atLeast: number } = {
		towns: [],
		atLeast: 0
	}
): Promise<string[]> {
	const card = (await page.locator(`article#${stepId}`).boundingBox())!;
	const mapBox = (await page.locator('#story-map').boundingBox())!;
	// What lies over the map: its controls, the locator inset, the time rail (in the page's pixels).
	const controls = (
		await page
			.locator('.maplibregl-ctrl, img.locator-inset, nav.time-rail, .map-key')
			.evaluateAll((elements) =>
				elements
					.filter((e) => e.getBoundingClientRect().width > 0)
					.map((e) => {
						const r = e.getBoundingClientRect();
						return { x: r.x, y: r.y, width: r.width, height: r.height, name: e.className || e.tagName };
					})
			)
	).map((c) => ({ ...c, name: String(c.name).split(' ')[0] }));
	const found = await page.locator('#story-map').evaluate(
		(
			element,
			{
				card,
				mapBox,
				points,
				storyLabels,
				controls,
				context
			}: {
				card: Box;
				mapBox: Box;
				points: { id: string; at: [number, number] }[];
				storyLabels: string[];
				controls: (Box & { name: string })[];
				context: { towns: { id: string; at: [number, number]; minZoom: number }[]; atLeast: number };
			}
		) => {
			const map = (element as HTMLElement & { storyMap: MapLibreMap }).storyMap;
			const labelLayers = map
				.getStyle()
				.layers.filter((l) => l.type === 'symbol' && l.layout?.['text-field'] !== undefined)
				.map((l) => l.id);
			const key = (f: { layer: { id: string }; properties: Record<string, unknown> }) =>
				`${f.layer.id}:${String(f.properties.id ?? f.properties.name)}`;
			const STEP = 6;
			const overlaps: string[] = [];
			const search = (x0: number, y0: number, x1: number, y1: number) => {
				const inBox = new Set(
					map
						.queryRenderedFeatures(
							[
								[x0, y0],
								[x1, y1]
							],
							{ layers: labelLayers }
						)
						.map(key)
				);
				if (inBox.size < 2) return;
				if (x1 - x0 > STEP || y1 - y0 > STEP) {
					const [mx, my] = [(x0 + x1) / 2, (y0 + y1) / 2];
					search(x0, y0, mx, my);
					search(mx, y0, x1, my);
					search(x0, my, mx, y1);
					search(mx, my, x1, y1);
					return;
				}
				for (let y = Math.ceil(y0 / STEP) * STEP; y < y1; y += STEP)
					for (let x = Math.ceil(x0 / STEP) * STEP; x < x1; x += STEP) {
						const here = [...new Set(map.queryRenderedFeatures([x, y], { layers: labelLayers }).map(key))];
						if (here.length > 1) overlaps.push(`${here.join(' + ')} at ${x},${y}`);
					}
			};
			const canvas = map.getCanvas().getBoundingClientRect();
			search(0, 0, canvas.width, canvas.height);

			const named = [
				...new Set(map.queryRenderedFeatures({ layers: storyLabels }).map((f) => String(f.properties.id)))
			];
			// The card, in the map's pixels: story labels must be clear of it (country and context names may be covered).
			const left = Math.max(0, card.x - mapBox.x);
			const top = Math.max(0, card.y - mapBox.y);
			const right = Math.min(canvas.width, card.x + card.width - mapBox.x);
			const bottom = Math.min(canvas.height, card.y + card.height - mapBox.y);
			const underText =
				right > left && bottom > top
					? [
							...new Set(
								map
									.queryRenderedFeatures(
										[
											[left, top],
											[right, bottom]
										],
										{ layers: storyLabels }
									)
									.map(key)
							)
						]
					: [];
			const onPoints: string[] = [];
			for (const feature of map.queryRenderedFeatures({ layers: storyLabels })) {
				const id = String(feature.properties.id);
				for (const other of points) {
					if (other.id === id) continue;
					const hits = map.queryRenderedFeatures(map.project(other.at), { layers: storyLabels });
					if (hits.some((hit) => hit.properties.id === id)) onPoints.push(`${id} over ${other.id}`);
				}
			}
			const labelsIn = (x0: number, y0: number, x1: number, y1: number) =>
				x1 > x0 && y1 > y0
					? map
							.queryRenderedFeatures(
								[
									[x0, y0],
									[x1, y1]
								],
								{ layers: storyLabels }
							)
							.map((f) => String(f.properties.id))
					: [];
			const underControls = controls.flatMap((c) =>
				labelsIn(c.x - mapBox.x, c.y - mapBox.y, c.x + c.width - mapBox.x, c.y + c.height - mapBox.y).map(
					(id) => `${id} under ${c.name}`
				)
			);
			// Context: the towns that lie in the clear map at this zoom, and those of them named.
			const covered = [card, ...controls].map((c) => ({ ...c, x: c.x - mapBox.x, y: c.y - mapBox.y }));
			const clear = ({ x, y }: { x: number; y: number }) =>
				x > 0 &&
				y > 0 &&
				x < canvas.width &&
				y < canvas.height &&
				!covered.some((c) => x >= c.x && x <= c.x + c.width && y >= c.y && y <= c.y + c.height);
			const zoom = map.getZoom();
			const inClearMap = context.towns.filter(
				(t) => Math.floor(zoom) >= t.minZoom && clear(map.project(t.at))
			);
			const drawn = new Set(
				map.queryRenderedFeatures({ layers: ['reference-labels'] }).map((f) => String(f.properties.id))
			);
			const contextNamed = inClearMap.filter((t) => drawn.has(t.id)).map((t) => t.id);
			return {
				named,
				context: { named: contextNamed, could: inClearMap.map((t) => t.id) },
				overlaps: overlaps.slice(0, 5),
				underText,
				onPoints: [...new Set(onPoints)],
				underControls: [...new Set(underControls)]
			};
		},
		{ card, mapBox, points, storyLabels: [LABEL_LAYER], controls, context }
	);
	const contextWanted = Math.min(context.atLeast, found.context.could.length);
	return [
		...(found.context.named.length < contextWanted
			? [
					`names ${found.context.named.length} towns around it (${found.context.named.join(', ')}), not ${contextWanted} of ${found.context.could.join(', ')}`
				]
			: []),
		...named.filter((id) => !found.named.includes(id)).map((id) => `${id} is not named on the map`),
		...found.overlaps.map((overlap) => `labels share a pixel: ${overlap}`),
		...found.onPoints.map((over) => `a label lies over another place: ${over}`),
		...found.underText.map((label) => `a label lies under the step text: ${label}`),
		...found.underControls.map((label) => `a label lies under the map's controls: ${label}`),
		...(await namesCutByEdge(page)).map((label) => `a name is cut by the map's edge: ${label}`)
	].map((problem) => `step "${stepId}": ${problem}`);
}

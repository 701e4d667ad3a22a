/**
 * One walk through a story as a reader scrolls it, at one screen size, with
 * every per-step invariant checked where the step is read (stepChecks.ts) and
 * the focus places checked at every position in between. Read from the parsed
 * edition: steps, titles, places and dates are never copied into the tests.
 */
import { stepLabelsFor } from '../../src/lib/server/stepLabels.ts';
import type { Page } from '@playwright/test';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { CLOSE_MIN_ZOOM } from '../../src/lib/geo/closeBasemap.ts';
import { entriesAt } from '../../src/lib/geo/mapKey.ts';
import { KEY_WORDS } from '../../src/lib/locale/keyWords.ts';
import { keyEntriesForStep } from '../../src/lib/server/mapKey.ts';
import { storyMapLayout } from '../../src/lib/camera/layout.ts';
import { storyMapOptions } from '../../src/lib/server/staticMaps.ts';
import { visibleBounds } from '../../src/lib/camera/camera.ts';
import { mapStateFor } from '../../src/lib/camera/mapState.ts';
import { frameCrossesAntimeridian } from '../../src/lib/geo/geometry.ts';
import { locatorLabel } from '../../src/lib/geo/locator.ts';
import { MESSAGES } from '../../src/lib/locale/allMessages.ts';
import { EDITIONS, langParam } from '../../src/lib/locale/editions.ts';
import { localeFor, stepAnnouncement } from '../../src/lib/locale/locale.ts';
import type { EditionContent } from '../../src/lib/server/editions.ts';
import { locatorsFor } from '../../src/lib/server/locators.ts';
import {
	expect,
	expectSameCamera,
	openStory,
	readCamera,
	readingPosition,
	waitForIdle,
	waitForStep,
	type MapCamera
} from './fixtures.ts';
import { focusAt, labelProblems } from './stepChecks.ts';

export interface Walked {
	/** The camera each step settled on, walking down. */
	cameras: Record<string, MapCamera>;
	/** Where each step is read (its scroll position). */
	readingAt: Record<string, number>;
	/** The step active at each position sampled on the way down, the map on screen. */
	stepAt: { y: number; step: string }[];
}

/** The edition's page under the site's root: "/" for the original, "/fa/" for Persian. */
export const editionPath = (edition: EditionContent) =>
	langParam(edition.lang) ? `/${langParam(edition.lang)}/` : '/';

/** Places the story names on the map: points and uncertainty areas (countries carry the basemap's names). */
function namedOnMap(edition: EditionContent): Set<string> {
	const points = edition.layers.flatMap((layer) =>
		layer.features.filter((f) => f.geometry.type === 'Point').map((f) => f.properties.id)
	);
	return new Set([...points, ...edition.places.filter((p) => p.precision === 'uncertain').map((p) => p.id)]);
}

/**
 * Walks `edition` from its top to its end at the page's screen size, checking
 * at each step where it is read:
 * - the address names the step, and the text column is on the reading side;
 * - every focus place is on the visible map, uncovered (also at every 0.3
 *   screen heights between steps);
 * - the camera is the one the step's frame and this screen give (a function of
 *   the step, not of the way there);
 * - its labels: every named focus place drawn (where the reader explores,
 *   names give way to each other instead), none sharing a pixel, on another
 *   place's point, under the text or the controls, or cut by the map's edge;
 * - the locator inset on close-ups (named as the build names it), none on
 *   wider views, and a scale bar;
 * - the time rail marks the step's date, or nothing for an undated step;
 * - the live region announces the step, and the card describes its map.
 * Then walks back up: every step lands on the camera it had going down, and
 * the walk added nothing to the history.
 */
export async function walkStory(page: Page, edition: EditionContent): Promise<Walked> {
	const { story } = edition;
	const steps = story.steps;
	const locale = localeFor(edition.lang, MESSAGES[edition.lang], edition.names?.kinds ?? null);
	const { dir } = EDITIONS[edition.lang];
	const named = namedOnMap(edition);
	const pointIds = new Set(
		edition.layers.flatMap((l) =>
			l.features.filter((f) => f.geometry.type === 'Point').map((f) => f.properties.id)
		)
	);
	const locators = locatorsFor(edition);
	const hasRail = steps.some((s) => s.date);
	const viewport = page.viewportSize()!;
	const desktop = viewport.width > 767;

	await openStory(page, editionPath(edition));
	await expect(page.locator('html')).toHaveAttribute('lang', edition.lang);
	await expect(page.locator('html')).toHaveAttribute('dir', dir);
	const ids = await page.locator('article.step').evaluateAll((cards) => cards.map((card) => card.id));
	expect(ids).toEqual(steps.map((s) => s.id));
	const historyLength = await page.evaluate(() => history.length);
	// A key is engagement: the live map takes over from the poster.
	await page.keyboard.press('Shift');
	await waitForStep(page, ids[0]);

	const readingAt: Record<string, number> = {};
	for (const id of ids) readingAt[id] = await readingPosition(page, id);
	const end = await page.evaluate(() => {
		const storyBox = document.querySelector('.story')!.getBoundingClientRect();
		return storyBox.bottom + window.scrollY - window.innerHeight;
	});
	// Every 0.3 screen heights from the top to the end, and each step where it is read.
	const stride = Math.floor(0.3 * viewport.height);
	const samples = [
		...new Set([...Array.from({ length: Math.floor(end / stride) + 1 }, (_, i) => i * stride)])
	];
	const positions = [
		...samples.map((y) => ({ y, step: '' })),
		...ids.map((id) => ({ y: readingAt[id], step: id }))
	].sort((a, b) => a.y - b.y || a.step.localeCompare(b.step));

	const problems: string[] = [];
	const cameras: Record<string, MapCamera> = {};
	const stepAt: Walked['stepAt'] = [];
	for (const position of positions) {
		if (!position.step) {
			const seen = await focusAt(page, position.y);
			if (seen) {
				problems.push(...seen.problems);
				stepAt.push({ y: position.y, step: seen.step });
			}
			continue;
		}
		const index = ids.indexOf(position.step);
		const step = steps[index];
		const seen = await focusAt(page, position.y);
		expect(seen?.step, `the step read at its reading position`).toBe(step.id);
		problems.push(...seen!.problems);
		cameras[step.id] = await waitForStep(page, step.id);
		await waitForIdle(page);
		problems.push(
			...(await stepProblems(page, edition, index, {
				locale,
				named,
				pointIds,
				locators,
				hasRail,
				desktop
			}))
		);
	}
	expect(problems, 'at every step and position').toEqual([]);
	expect(stepAt.length, 'positions sampled between the steps').toBeGreaterThan(ids.length);

	for (const id of [...ids].reverse()) {
		await page.evaluate((y) => window.scrollTo({ top: y, behavior: 'instant' }), readingAt[id]);
		expectSameCamera(await waitForStep(page, id), cameras[id], `scrolling back up to ${id}`);
	}
	expect(await page.evaluate(() => history.length), 'no history entries added').toBe(historyLength);
	return { cameras, readingAt, stepAt };
}

interface StepContext {
	locale: ReturnType<typeof localeFor>;
	named: Set<string>;
	pointIds: Set<string>;
	locators: ReturnType<typeof locatorsFor>;
	hasRail: boolean;
	desktop: boolean;
}

/** Every per-step invariant but the focus places' (focusAt), at the step's reading position. */
async function stepProblems(
	page: Page,
	edition: EditionContent,
	index: number,
	{ locale, named, pointIds, locators, hasRail, desktop }: StepContext
): Promise<string[]> {
	const steps = edition.story.steps;
	const step = steps[index];
	const at = `step "${step.id}"`;
	const problems: string[] = [];
	const card = page.locator(`article#${step.id}`);
	const { dir } = EDITIONS[edition.lang];

	if (index > 0) await expect(page, at).toHaveURL(new RegExp(`[?&]step=${step.id}$`));
	if (desktop) {
		const box = (await card.boundingBox())!;
		const middle = box.x + box.width / 2;
		const width = page.viewportSize()!.width;
		if (dir === 'rtl' ? middle < width / 2 : middle > width / 2)
			problems.push(`${at}: the text column is not on the ${dir === 'rtl' ? 'right' : 'left'}`);
	}

	// Under reduced motion (the walk's) a step change is a jump, drawn in one frame.
	const frames = await page.locator('#story-map').getAttribute('data-camera-frames');
	if (index > 0 && frames !== '1') problems.push(`${at}: reached in ${frames} frames, not a jump`);
	const mapBox = (await page.locator('#story-map').boundingBox())!;
	await expectFramedCamera(page, edition, step, mapBox, `${at}: the camera its frame gives`);

	const points = edition.places
		.filter((p) => pointIds.has(p.id) && step.layers.includes(p.layer))
		.map((p) => ({ id: p.id, at: p.anchor }));
	const towns = edition.reference
		.filter((f) => f.properties.kind === 'town' || f.properties.kind === 'city')
		.map((f) => ({
			id: f.properties.id,
			at: f.geometry.coordinates as [number, number],
			minZoom: f.properties.minZoom ?? 0
		}));
	const arcs = edition.arcs
		.filter((arc) => step.arcs.some((a) => a.id === arc.properties?.id))
		.map((arc) => ({
			id: String(arc.properties?.id),
			// One line even where it was cut at the 180th meridian: the map draws it whole.
			line: (arc.geometry.type === 'MultiLineString'
				? arc.geometry.coordinates.flat()
				: (arc.geometry as GeoJSON.LineString).coordinates) as [number, number][]
		}));
	// One round trip for the map's zoom, its arcs and its key (a trip costs under software WebGL).
	const seen = await page.locator('#story-map').evaluate((element, arcs) => {
		const map = (element as HTMLElement & { storyMap: MapLibreMap }).storyMap;
		const { width, height } = map.getCanvas().getBoundingClientRect();
		const center = map.getCenter().lng;
		const outside = arcs
			.filter(({ line }) => {
				// Longitudes made continuous, then moved to the copy of the world on screen.
				let previous = line[0][0] + 360 * Math.round((center - line[0][0]) / 360);
				return line.some(([lon, lat]) => {
					const shown = lon + 360 * Math.round((previous - lon) / 360);
					previous = shown;
					const { x, y } = map.project([shown, lat]);
					return x < 0 || y < 0 || x > width || y > height;
				});
			})
			.map(({ id }) => id);
		const items = [...document.querySelectorAll<HTMLElement>('.map-key li')];
		const boxes = [...document.querySelectorAll<HTMLElement>('.map-key')];
		return {
			zoom: map.getZoom(),
			outside,
			key: items.map((item) => item.dataset.kind ?? ''),
			keyCut: boxes.some((box) => box.scrollHeight > box.clientHeight + 1),
			said: document.querySelector('.map-key-said')?.textContent ?? ''
		};
	}, arcs);
	const { zoom } = seen;
	// Every arc the step draws lies wholly inside the map.
	for (const id of seen.outside) problems.push(`${at}: the arc "${id}" runs past the map's edge`);
	// The key lists what the step draws at this zoom, each kind once, and nothing else, and is
	// said once, from its own live region, in the edition's words.
	const keyWanted = entriesAt(keyEntriesForStep(edition, step.id), zoom).map((entry) => entry.kind);
	if (seen.key.join() !== keyWanted.join())
		problems.push(`${at}: the key lists ${seen.key.join(', ') || 'nothing'}, not ${keyWanted.join(', ')}`);
	const words = KEY_WORDS[edition.lang];
	const said = `${words.title}: ${keyWanted.map((kind) => words.kinds[kind]).join(', ')}`;
	if (keyWanted.length > 0 && seen.said !== said)
		await expect(page.locator('.map-key-said'), `${at}: the key said`).toHaveText(said);
	if (seen.keyCut) problems.push(`${at}: the key is cut short (more entries than its rows)`);
	// A close-up names at least four towns around its places on a wide screen, two on a phone,
	// where the gazetteer has them in view.
	problems.push(
		...(await labelProblems(
			page,
			step.id,
			// Where the reader explores, every name competes for room and gives way rather than be cut.
			step.explore ? [] : step.focus.filter((id) => named.has(id)),
			points,
			{ towns, atLeast: zoom >= CLOSE_MIN_ZOOM ? (desktop ? 4 : 2) : 0 }
		))
	);

	const inset = page.locator('.map-layer img.locator-inset');
	const locator = locators[step.id];
	if (!(await page.locator('.maplibregl-ctrl-scale').isVisible())) problems.push(`${at}: no scale bar`);
	if (!locator) {
		if ((await inset.count()) > 0) problems.push(`${at}: a locator inset on a wide view`);
	} else {
		const alt = locatorLabel(locator.where, edition.lang, edition.names?.countries);
		await expect(inset, at).toHaveAttribute('alt', alt);
		await expect
			.poll(() => inset.evaluate((img: HTMLImageElement) => img.naturalWidth), at)
			.toBeGreaterThan(0);
		const box = (await inset.boundingBox())!;
		const text = (await card.boundingBox())!;
		const overlaps =
			box.x < text.x + text.width &&
			box.x + box.width > text.x &&
			box.y < text.y + text.height &&
			box.y + box.height > text.y;
		if (overlaps) problems.push(`${at}: the locator inset lies over the text`);
	}

	if (hasRail) {
		const rail = page.getByRole('navigation', { name: locale.t.timeline, exact: true });
		await expect(rail, at).toHaveAttribute('data-active-date', step.date ?? '');
		const current = rail.locator('[aria-current="step"]');
		if (step.date) {
			await expect(current, at).toHaveCount(1);
			await expect(current, at).toContainText(step.title);
			await expect(rail.locator('.rail-current'), at).toHaveText(locale.stepDate(step)!);
			// The date whole: inside the rail, not cut at its end.
			const [date, strip] = await Promise.all(
				[rail.locator('.rail-current'), rail].map(async (l) => (await l.boundingBox())!)
			);
			if (date.x < strip.x - 1 || date.x + date.width > strip.x + strip.width + 1)
				problems.push(`${at}: the rail's date is cut at its edge`);
			// Cut short by its own box (an ellipsis) or by any box around it that clips.
			const cut = await rail.locator('.rail-current').evaluate((el) => {
				const box = el.getBoundingClientRect();
				let clipped = el.scrollWidth > el.clientWidth + 1;
				for (let up = el.parentElement; up; up = up.parentElement) {
					if (getComputedStyle(up).overflowX === 'visible') continue;
					const around = up.getBoundingClientRect();
					if (box.left < around.left - 1 || box.right > around.right + 1) clipped = true;
				}
				return clipped;
			});
			if (cut) problems.push(`${at}: the rail's date is cut short`);
		} else {
			await expect(current, at).toHaveCount(0);
			// An undated step: nothing in the date's place.
			const shown = await rail.locator('.rail-current').allTextContents();
			if (shown.some((text) => text.trim()))
				problems.push(`${at}: the rail shows "${shown.join('')}" for no date`);
		}
	}

	if (index > 0)
		await expect(page.locator('[aria-live="polite"][aria-atomic="true"]'), at).toHaveText(
			stepAnnouncement(step, index, steps.length, locale)
		);
	await expect(card.locator('.map-description'), at).toContainText(step.mapDescription);
	return problems;
}

/**
 * The map (in `scope`: the page or an embed's frame) shows the camera that
 * the step's frame and the map's size give, with room for the text column,
 * the rail and the inset as the story page lays them out: a function of the
 * step and the screen, never of the way there.
 */
export async function expectFramedCamera(
	scope: Pick<Page, 'locator'>,
	edition: EditionContent,
	step: EditionContent['story']['steps'][number],
	size: { width: number; height: number },
	label: string
) {
	// As the story page lays it out (StoryMapLayer): the rail, the inset and the credits' lines.
	const layout = storyMapLayout(
		{ width: size.width, height: size.height },
		storyMapOptions(edition, step.id, EDITIONS[edition.lang].dir)
	);
	const expected = mapStateFor(step, edition.frames[step.id], size, layout.padding, {
		labels: stepLabelsFor(edition)[step.id],
		dir: EDITIONS[edition.lang].dir
	}).camera;
	const camera = await readCamera(scope);
	// Without the world's copies MapLibre holds a view that would reach past the 180th meridian inside
	// the world: its zoom is the frame's, its centre moves over (the explore step's whole-story view).
	const worldCopies = Object.values(edition.frames).some(frameCrossesAntimeridian);
	const [west, , east] = visibleBounds(expected, size);
	const held = !worldCopies && (west < -180 || east > 180);
	expectSameCamera(
		camera,
		{ ...camera, center: held ? camera.center : expected.center, zoom: expected.zoom },
		label
	);
}

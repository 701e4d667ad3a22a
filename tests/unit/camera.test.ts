import { describe, expect, it } from 'vitest';
import { cameraForBounds, project, visibleBounds, type Viewport } from '../../src/lib/camera/camera.ts';
import { storyLayout } from '../../src/lib/camera/layout.ts';
import { labelOverflow } from '../../src/lib/camera/labelFrame.ts';
import { mapStateFor } from '../../src/lib/camera/mapState.ts';
import { labelWidth, stepLabelsFor } from '../../src/lib/server/stepLabels.ts';
import { contentPaths, loadContent } from '../../src/lib/server/content.ts';
import type { Bounds } from '../../src/lib/story/types.ts';

const VIEWPORTS: Record<string, Viewport> = {
	'phone portrait': { width: 390, height: 844 },
	'small phone': { width: 320, height: 568 },
	tablet: { width: 820, height: 1180 },
	desktop: { width: 1280, height: 800 },
	'4K': { width: 3840, height: 2160 }
};

const content = loadContent();

describe('cameraForBounds', () => {
	const viewport = { width: 1000, height: 600 };
	const padding = { top: 50, right: 50, bottom: 50, left: 450 };

	it('puts the centre of the bounds in the middle of the padded area', () => {
		const bounds: Bounds = [40, 20, 60, 35];
		const camera = cameraForBounds(bounds, viewport, padding, { maxZoom: 20 });
		const sw = project([40, 20], camera, viewport);
		const ne = project([60, 35], camera, viewport);
		expect((sw.x + ne.x) / 2).toBeCloseTo(450 + (1000 - 450 - 50) / 2, 6);
		expect((sw.y + ne.y) / 2).toBeCloseTo(50 + (600 - 100) / 2, 6);
		// One side touches the padded edges exactly: the bounds fill the space.
		const fillsWidth = Math.abs(ne.x - sw.x - 500) < 1e-6;
		const fillsHeight = Math.abs(sw.y - ne.y - 500) < 1e-6;
		expect(fillsWidth || fillsHeight).toBe(true);
	});

	it('caps the zoom for a single point and centres it', () => {
		const camera = cameraForBounds([57, 30, 57, 30], viewport, padding, { maxZoom: 9 });
		expect(camera.zoom).toBe(9);
		const p = project([57, 30], camera, viewport);
		expect(p.x).toBeCloseTo(700, 6);
		expect(p.y).toBeCloseTo(300, 6);
	});

	it('visibleBounds is the inverse of project at the corners', () => {
		const camera = cameraForBounds([40, 20, 60, 35], viewport, padding);
		const [west, south, east, north] = visibleBounds(camera, viewport);
		expect(project([west, north], camera, viewport).x).toBeCloseTo(0, 6);
		expect(project([west, north], camera, viewport).y).toBeCloseTo(0, 6);
		expect(project([east, south], camera, viewport).x).toBeCloseTo(1000, 6);
		expect(project([east, south], camera, viewport).y).toBeCloseTo(600, 6);
	});
});

describe('every step frames its places on the map and clear of the text', () => {
	for (const [name, viewport] of Object.entries(VIEWPORTS)) {
		const layout = storyLayout(viewport);
		// The camera is computed for the map element, which on phones is only the top of the screen.
		const mapViewport = { width: layout.map.width, height: layout.map.height };
		for (const step of content.story.steps) {
			it(`${step.id} on ${name}`, () => {
				const state = mapStateFor(step, content.frames[step.id], mapViewport);
				const frame = content.frames[step.id];
				const corners: [number, number][] = [
					[frame[0], frame[1]],
					[frame[2], frame[3]]
				];
				const focus = step.focus.map((id) => content.places.find((p) => p.id === id)!.anchor);
				for (const point of [...corners, ...focus]) {
					const projected = project(point, state.camera, mapViewport);
					expect(projected.x).toBeGreaterThanOrEqual(layout.padding.left - 1e-6);
					expect(projected.x).toBeLessThanOrEqual(mapViewport.width - layout.padding.right + 1e-6);
					expect(projected.y).toBeGreaterThanOrEqual(layout.padding.top - 1e-6);
					expect(projected.y).toBeLessThanOrEqual(mapViewport.height - layout.padding.bottom + 1e-6);
					const x = projected.x + layout.map.x;
					const y = projected.y + layout.map.y;
					const underText =
						x >= layout.text.x &&
						x <= layout.text.x + layout.text.width &&
						y >= layout.text.y &&
						y <= layout.text.y + layout.text.height;
					expect(underText).toBe(false);
				}
			});
		}
	}
});

describe('phone layouts', () => {
	it('split: the map is the top of the screen and the text lies below it, never over it', () => {
		const layout = storyLayout(VIEWPORTS['phone portrait']);
		expect(layout.kind).toBe('phone');
		expect(layout.map.y + layout.map.height).toBeLessThanOrEqual(layout.text.y);
		expect(layout.triggerLine * 844).toBeGreaterThan(layout.map.height);
		expect(layout.readingLine * 844).toBeGreaterThanOrEqual(layout.map.height);
		// StoryMap asks with the map element's own size: the same margins.
		expect(storyLayout({ width: 390, height: layout.map.height }).padding).toEqual(layout.padding);
	});

	it('overlay, when a story asks for it: cards over the lower part of a full-screen map', () => {
		const layout = storyLayout(VIEWPORTS['phone portrait'], 'overlay');
		expect(layout.kind).toBe('phone-overlay');
		expect(layout.map.height).toBe(844);
		expect(layout.padding.bottom).toBeGreaterThan(844 - layout.text.y);
		expect(storyLayout(VIEWPORTS.desktop, 'overlay')).toEqual(storyLayout(VIEWPORTS.desktop));
	});
});

describe('mapStateFor', () => {
	it('is a function of the step and viewport only', () => {
		const step = content.story.steps[3];
		const a = mapStateFor(step, content.frames[step.id], VIEWPORTS.desktop);
		mapStateFor(content.story.steps[0], content.frames[content.story.steps[0].id], VIEWPORTS.desktop);
		const b = mapStateFor(step, content.frames[step.id], VIEWPORTS.desktop);
		expect(b).toEqual(a);
	});

	it('labels what the step frames and marks, each once; every place when the reader explores', () => {
		for (const step of content.story.steps) {
			const { labelled } = mapStateFor(step, content.frames[step.id], VIEWPORTS.desktop);
			if (step.explore) expect(labelled, step.id).toBeNull();
			else expect(new Set(labelled), step.id).toEqual(new Set([...step.focus, ...step.highlight]));
			if (labelled) expect(labelled.length, step.id).toBe(new Set(labelled).size);
		}
	});

	it('uses an editorial camera when the step gives centre and zoom', () => {
		const step = {
			...content.story.steps[0],
			camera: { center: [10, 20] as [number, number], zoom: 5, bearing: 30 }
		};
		expect(mapStateFor(step, content.frames[step.id], VIEWPORTS.desktop).camera).toEqual({
			center: [10, 20],
			zoom: 5,
			bearing: 30,
			pitch: 0
		});
	});

	it('makes only the steps that say "explore" interactive, and carries layers, highlights and arcs', () => {
		const { steps } = content.story;
		const states = steps.map((step) => mapStateFor(step, content.frames[step.id], VIEWPORTS.desktop));
		expect(states.filter((s) => s.interactive).map((s) => s.stepId)).toEqual(
			steps.filter((s) => s.explore).map((s) => s.id)
		);
		for (const [i, step] of steps.entries()) {
			expect(states[i].arcs).toEqual(step.arcs.map((arc) => arc.id));
			expect(states[i].highlighted).toEqual(step.highlight);
			expect(states[i].layers).toEqual(step.layers);
		}
	});

	it('turns pan and zoom on for a step the reader explores, with the same camera', () => {
		const step = content.story.steps.find((s) => !s.explore)!;
		const frame = content.frames[step.id];
		const padding = storyLayout(VIEWPORTS.desktop).padding;
		const reading = mapStateFor(step, frame, VIEWPORTS.desktop, padding);
		const exploring = mapStateFor(step, frame, VIEWPORTS.desktop, padding, { exploring: true });
		expect(reading.interactive).toBe(false);
		expect(exploring).toEqual({ ...reading, interactive: true });
	});
});

describe('names framed whole', () => {
	const stories = [
		{ name: 'first story', content },
		{ name: 'second story', content: loadContent(contentPaths({ STORY_DIR: 'tests/fixtures/pacific' })) }
	];

	// The sizes the browser tests walk; on other screens names are framed as far as a zoom step allows.
	const WALKED = { phone: VIEWPORTS['phone portrait'], desktop: VIEWPORTS.desktop };

	it('every framed name fits inside the map, clear of its controls, at every step, size and direction', () => {
		for (const { name, content: story } of stories) {
			const labels = stepLabelsFor(story);
			for (const [size, viewport] of Object.entries(WALKED))
				for (const dir of ['ltr', 'rtl'] as const)
					for (const step of story.story.steps) {
						if (step.camera.center) continue; // a fixed camera is the editor's to frame
						const { padding } = storyLayout(viewport, story.story.phoneLayout, dir);
						const options = { labels: labels[step.id], dir };
						const { camera } = mapStateFor(step, story.frames[step.id], viewport, padding, options);
						const over = labelOverflow(labels[step.id], camera, viewport, dir);
						expect(over, `${name}, ${step.id}, ${size}, ${dir}`).toBeLessThanOrEqual(0.5);
					}
		}
	});

	it('is needed: framing points alone cuts a name somewhere', () => {
		const labels = stepLabelsFor(content);
		const cut = content.story.steps.some((step) =>
			Object.values(VIEWPORTS).some((viewport) => {
				const { camera } = mapStateFor(step, content.frames[step.id], viewport);
				return labelOverflow(labels[step.id], camera, viewport, 'ltr') > 0.5;
			})
		);
		expect(cut).toBe(true);
	});

	it('measures names with the label faces: wider names, wider labels, wrapped at 10 em', () => {
		expect(labelWidth('Kerman')).toBeGreaterThan(30);
		expect(labelWidth('Kerman')).toBeLessThan(70);
		expect(labelWidth('Kerman bombings')).toBeGreaterThan(labelWidth('Kerman'));
		expect(labelWidth('کرمان')).toBeGreaterThan(15);
		expect(labelWidth('A name long enough to wrap onto two lines at least')).toBeLessThanOrEqual(130);
	});
});

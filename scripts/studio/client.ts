/**
 * The studio page (plugin.ts serves it while developing): the steps of every
 * edition at both sizes, redrawn when a content file is saved; a large live
 * view of one step to pin its camera or add a place.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Finding } from '../preflight/checks.ts';
import type { StudioReport } from './plugin.ts';
import { cameraLines, maxZoomLine } from './cameraLines.ts';
import './studio.css';

/** The screens the studio shows a step on (the walks' and the posters' sizes). */
const SCREENS = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 800 } } as const;
type Size = keyof typeof SCREENS;

const summary = document.getElementById('summary')!;
const general = document.getElementById('general')!;
const editions = document.getElementById('editions')!;
const large = document.getElementById('large') as HTMLDialogElement;
const frame = large.querySelector('iframe')!;
const output = large.querySelector('textarea')!;
let version = 0;

function element<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	attributes: Record<string, string> = {},
	...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
	node.append(...children);
	return node;
}

function findingList(findings: Finding[]): HTMLElement {
	return element(
		'ul',
		{ class: 'findings' },
		...findings.map((f) => element('li', { class: f.severity }, `${f.severity}: ${f.text}`))
	);
}

async function draw() {
	const report: StudioReport = await (await fetch('/__studio/report.json')).json();
	version++;
	const errors = report.findings.filter((f) => f.severity === 'error').length;
	const warnings = report.findings.length - errors;
	summary.textContent = `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}. Saving a content file redraws this page.`;
	summary.dataset.errors = String(errors);
	const placed = new Set(report.editions.flatMap((e) => e.steps.map((s) => `${e.lang}:${s.id}`)));
	general.replaceChildren(
		findingList(report.findings.filter((f) => !f.step || !placed.has(`${f.lang}:${f.step}`)))
	);
	editions.replaceChildren(
		...report.editions.map((edition) =>
			element(
				'section',
				{ 'aria-label': `The ${edition.lang} edition`, lang: edition.lang, dir: edition.dir },
				element('h2', {}, `${edition.lang} edition`),
				element(
					'div',
					{ class: 'steps' },
					...edition.steps.map((step, index) => {
						const poster = (size: 'phone' | 'wide') =>
							element('img', {
								class: size === 'phone' ? 'phone' : 'desktop',
								src: `${edition.path}posters/${size}/${step.id}.svg?v=${version}`,
								alt: `${step.title}, ${size === 'phone' ? 'phone' : 'desktop'}`
							});
						const open = (size: Size) => {
							const button = element('button', { type: 'button' }, `Open at ${size} size`);
							button.addEventListener('click', () => openLarge(edition.path, step.id, step.title, size));
							return button;
						};
						const findings = report.findings.filter((f) => f.lang === edition.lang && f.step === step.id);
						return element(
							'article',
							{ class: 'step', 'data-step': step.id, 'data-lang': edition.lang },
							element('h3', {}, `${index + 1}. ${step.title} `, element('code', {}, step.id)),
							element('div', { class: 'shots' }, poster('phone'), poster('wide')),
							findingList(findings),
							open('phone'),
							' ',
							open('desktop')
						);
					})
				)
			)
		)
	);
}

/** The live map in the large view (the page publishes it on its element for tests and tools). */
function liveMap(): MapLibreMap | null {
	const element = frame.contentDocument?.getElementById('story-map') as
		(HTMLElement & { storyMap?: MapLibreMap }) | null;
	return element?.dataset.ready === 'true' ? (element.storyMap ?? null) : null;
}

function openLarge(path: string, step: string, title: string, size: Size) {
	const screen = SCREENS[size];
	large.querySelector('#large-title')!.textContent = `${title} (${size})`;
	frame.width = String(screen.width);
	frame.height = String(screen.height);
	frame.src = `${path}?step=${step}`;
	large.dataset.step = step;
	output.value = '';
	large.showModal();
	const box = large.querySelector('.screen')!.getBoundingClientRect();
	frame.style.transform = `scale(${Math.min(1, box.width / screen.width, box.height / screen.height)})`;
}

function show(text: string) {
	output.value = text;
	navigator.clipboard?.writeText(text).catch(() => {}); // the text stays selectable when the clipboard refuses
	output.select();
}

const actions: Record<string, () => void> = {
	pan() {
		const map = liveMap();
		if (!map) return;
		for (const handler of [map.dragPan, map.scrollZoom, map.boxZoom, map.doubleClickZoom, map.keyboard])
			handler.enable();
	},
	camera() {
		const map = liveMap();
		if (map)
			show(
				cameraLines(
					map.getCenter().toArray() as [number, number],
					map.getZoom(),
					map.getBearing(),
					map.getPitch()
				)
			);
	},
	'max-zoom'() {
		const map = liveMap();
		if (map) show(maxZoomLine(map.getZoom()));
	},
	reset() {
		frame.contentWindow?.location.reload();
	},
	close() {
		large.close();
	}
};

large.querySelector('.toolbar')!.addEventListener('click', (event) => {
	const action = (event.target as HTMLElement).closest('button')?.dataset.action;
	if (action) actions[action]();
});

for (const name of ['bearing', 'pitch'] as const)
	large.querySelector(`input[name="${name}"]`)!.addEventListener('change', (event) => {
		const value = Number((event.target as HTMLInputElement).value);
		const map = liveMap();
		if (name === 'bearing') map?.setBearing(value);
		else map?.setPitch(value);
	});

// A click on the large map, with a name written, makes the place's feature.
frame.addEventListener('load', () => {
	const wait = setInterval(() => {
		const map = liveMap();
		if (!map) return;
		clearInterval(wait);
		map.on('click', async (event) => {
			const name = (large.querySelector('input[name="place-name"]') as HTMLInputElement).value.trim();
			if (!name) return;
			const { lng, lat } = event.lngLat;
			const query = new URLSearchParams({
				lon: String(lng),
				lat: String(lat),
				zoom: String(map.getZoom()),
				name
			});
			const response = await fetch(`/__studio/place?${query}`);
			if (!response.ok) return show(await response.text());
			const { feature, toFill } = await response.json();
			show(`${JSON.stringify(feature, null, '\t')}\n\nStill to write: ${toFill.join('; ')}.`);
		});
	}, 200);
});

import.meta.hot?.on('storymap:content', () => draw());
draw().catch(
	(error: Error) => (summary.textContent = `The studio could not read the story: ${error.message}`)
);

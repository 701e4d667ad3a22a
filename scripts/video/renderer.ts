// The video's page: our map (the story's style, data, labels and cameras),
// driven frame by frame on a frozen clock, with the plan's card over it.
// Bundled by bundle.ts; the settings come from config.ts through window.videoConfig.
import * as maplibregl from 'maplibre-gl';
import type { Topology } from 'topojson-specification';
import type { MapState } from '../../src/lib/camera/mapState.ts';
import type { StepLabel } from '../../src/lib/camera/stepLabels.ts';
import { PALETTES } from '../../src/lib/geo/palette.ts';
import { decodeStoryGeo, decodeWorld, type StoryGeoWire } from '../../src/lib/geo/wire.ts';
import { applyLayers, featureIndex, labelRoom } from '../../src/lib/map/applyMapState.ts';
import { fillDetail } from '../../src/lib/map/basemapDetail.ts';
import { FLIGHT } from '../../src/lib/map/cameraRequests.ts';
import { equipMap, prepareLibrary } from '../../src/lib/map/mapSetup.ts';
import { buildStyle } from '../../src/lib/map/style.ts';
import { videoLayout } from './layout.ts';
import type { Card } from './plan.ts';

export interface RendererConfig {
	lang: string;
	dir: 'ltr' | 'rtl';
	orientation: 'vertical' | 'landscape';
	credit: string;
	urls: { basemap: string; geo: string; region: string; close: string; glyphs: string; rtlText: string };
	states: MapState[];
	names: [string, StepLabel][];
	/** The story page's stylesheet in the build: the cards' faces, colours and card. */
	stylesheet: string;
}

const config = (window as unknown as { videoConfig: RendererConfig }).videoConfig;
document.documentElement.lang = config.lang;
document.documentElement.dir = config.dir;
document.body.classList.add(config.orientation);

// The page's stylesheet first, so renderer.css (linked in the page) places the card over it.
await new Promise((resolve, reject) => {
	const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: config.stylesheet });
	link.onload = resolve;
	link.onerror = () => reject(new Error(`${config.stylesheet}: the page's stylesheet did not load`));
	document.head.prepend(link);
});

const fetchJson = async <T>(url: string): Promise<T> => {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`${url}: ${response.status}`);
	return (await response.json()) as T;
};

/** The map's clock: MapLibre's animations, fades and placement read it; it moves only when a frame is asked for. */
let clock = 0;
maplibregl.setNow(clock);

const [world, wire, region, close] = await Promise.all([
	fetchJson<Topology>(config.urls.basemap),
	fetchJson<StoryGeoWire>(config.urls.geo),
	fetchJson<Topology>(config.urls.region),
	fetchJson<Topology>(config.urls.close)
]);
await prepareLibrary(maplibregl, {
	workerUrl: './maplibre-gl-worker.mjs',
	dir: config.dir,
	rtlTextUrl: config.urls.rtlText
});
const geo = decodeStoryGeo(wire);
// MapLibre wants an absolute glyphs URL, its placeholders unescaped.
const glyphs = new URL(config.urls.glyphs, location.href).href.replace(/%7B/g, '{').replace(/%7D/g, '}');
const mapElement = document.getElementById('map')!;
const first = config.states[0];
const map = new maplibregl.Map({
	container: mapElement,
	style: buildStyle(decodeWorld(world), geo, PALETTES.light, glyphs),
	center: first.camera.center,
	zoom: first.camera.zoom,
	attributionControl: false,
	interactive: false,
	validateStyle: false,
	// Labels placed in full at every frame: whether a tile's labels show must not depend on when it arrived.
	fadeDuration: 0
});
equipMap(maplibregl, map, { dir: config.dir, credit: config.credit });
await new Promise<void>((resolve) => map.once('load', () => resolve()));
// Every scale from the start: a frame never waits for a download, so every run draws the same.
fillDetail(map, 'region', region);
fillDetail(map, 'close', close);
const index = featureIndex(geo);
const viewport = { width: mapElement.clientWidth, height: mapElement.clientHeight };
const room = labelRoom(
	viewport,
	(size) => videoLayout(size, config.orientation, config.dir),
	config.dir,
	new Map(config.names)
);

let shown: MapState | null = null;

// The video asks for every frame itself: left to itself, a moving map redraws in every animation
// frame, and on a frozen clock each of those draws the same picture again while the capture waits.
const repaint = map.triggerRepaint.bind(map);
map.triggerRepaint = () => {};

/** Resolves once the map has drawn at the clock's time with every tile it needs. */
function drawn(): Promise<void> {
	return new Promise((resolve) => {
		const check = () => {
			if (map.loaded() && map.areTilesLoaded()) {
				map.off('render', check);
				resolve();
				return;
			}
			// Tiles or glyphs still on their way: draw again when one arrives (or soon, whatever comes first).
			const again = () => {
				clearTimeout(timer);
				map.off('sourcedata', again);
				repaint();
			};
			const timer = setTimeout(again, 50);
			map.on('sourcedata', again);
		};
		map.on('render', check);
		repaint();
	});
}

function show(step: number, fly: boolean) {
	const state = config.states[step];
	const { center, zoom, bearing, pitch } = state.camera;
	if (fly) map.flyTo({ center, zoom, bearing, pitch, ...FLIGHT, essential: true });
	else map.jumpTo({ center, zoom, bearing, pitch });
	applyLayers(map, geo, state, shown, index, room); // the layers change under the moving camera, as on the page
	shown = state;
}

const card = document.getElementById('card')!;
function element(tag: string, className: string, text?: string) {
	const node = document.createElement(tag);
	node.className = className;
	if (text) node.textContent = text;
	return node;
}

/** An address reads left to right in every edition (its slashes would move in a right-to-left line). */
function address(url: string) {
	const node = element('p', 'card-address', url);
	node.dir = 'ltr';
	return node;
}

/** The card over the map: the title, a step's caption, or the credits (resolves once its faces have loaded). */
async function setCard(next: Card) {
	card.className = `card ${next.kind}`;
	card.replaceChildren(
		...(next.kind === 'title'
			? [element('h1', 'card-title', next.title), element('p', 'card-byline', next.byline)]
			: next.kind === 'step'
				? [
						...(next.date ? [element('p', 'card-date', next.date)] : []),
						element('h2', 'card-title', next.title),
						element('p', 'card-text', next.text)
					]
				: [element('p', 'card-credits', next.credits), ...(next.address ? [address(next.address)] : [])])
	);
	await document.fonts.ready;
	fitCard();
}

/** A long first sentence is kept whole: its card's type shrinks (to 70% at most) until the card fits the frame. */
function fitCard() {
	const margin = 16;
	for (let scale = 1; scale >= 0.7; scale -= 0.05) {
		card.style.fontSize = `${scale}em`;
		const box = card.getBoundingClientRect();
		if (box.bottom <= innerHeight - margin && box.top >= margin) return;
	}
}

const api = {
	/** Shows a step's camera and layers: flying there from the step before, or at once. */
	show,
	setCard,
	/** Moves the clock on by `ms` and draws; says whether the camera is still moving. */
	async frame(ms: number): Promise<{ moving: boolean }> {
		clock += ms;
		maplibregl.setNow(clock);
		await drawn();
		return { moving: map.isMoving() };
	}
};

show(0, false);
await drawn();
await document.fonts.ready;
(window as unknown as { video: typeof api }).video = api;
document.body.dataset.ready = 'true';

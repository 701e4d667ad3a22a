import type { IControl, Map as MapLibreMap, PointLike, StyleSpecification } from 'maplibre-gl';
import { clickableLayerIds, POINT_SHADOW, POINT_SHADOW_SIZE } from './style.ts';
import type { MapStatus } from './mapStatus.ts';
import { CREDIT_LINE } from '../camera/layout.ts';

type MapLibre = typeof import('maplibre-gl');

/** MapLibre's stylesheet, added once, with the library. */
export function loadStylesheet(href: string): void {
	if (document.querySelector(`link[rel="stylesheet"][href="${href}"]`)) return;
	const link = document.createElement('link');
	link.rel = 'stylesheet';
	link.href = href;
	document.head.append(link);
}

/**
 * What the library needs before a map is made: its worker's same-origin URL
 * and, for right-to-left editions, the right-to-left text plugin, loaded first
 * so that every label is shaped by the same code from the first frame on.
 * MapLibre 6 also shapes Arabic script itself and marks the plugin deprecated;
 * the edition asks for the plugin (ICU's shaping, as Mapbox's maps use), and a
 * failure to load it falls back to MapLibre's own shaping. Left-to-right
 * editions never load it.
 */
export async function prepareLibrary(
	maplibre: MapLibre,
	{ workerUrl, dir, rtlTextUrl }: { workerUrl: string; dir: 'ltr' | 'rtl'; rtlTextUrl: string }
): Promise<void> {
	maplibre.setWorkerUrl(workerUrl);
	if (dir === 'rtl' && maplibre.getRTLTextPluginStatus() === 'unavailable')
		await maplibre.setRTLTextPlugin(rtlTextUrl, false).catch((error: Error) => console.error(error));
}

/** The story map itself: no rotation or pitch by hand, no style validation at start, controls added by equipMap. */
export function createMap(
	maplibre: MapLibre,
	{
		container,
		style,
		camera,
		worldCopies,
		locale
	}: {
		container: HTMLElement;
		style: StyleSpecification;
		camera?: { center: [number, number]; zoom: number };
		worldCopies: boolean;
		locale: Record<string, string>;
	}
): MapLibreMap {
	return new maplibre.Map({
		container,
		style,
		center: camera?.center ?? [50, 30],
		zoom: camera?.zoom ?? 3,
		attributionControl: false, // equipMap adds it, top right
		dragRotate: false,
		pitchWithRotate: false,
		touchPitch: false,
		renderWorldCopies: worldCopies,
		validateStyle: false, // style-cost.test.ts validates every style this builds
		locale
	});
}

/** The story place under a pointer, within a finger's tolerance: points first, then areas. */
export function placeAt(
	map: MapLibreMap,
	point: { x: number; y: number },
	layers: string[]
): string | undefined {
	const tolerance = 10;
	const box: [PointLike, PointLike] = [
		[point.x - tolerance, point.y - tolerance],
		[point.x + tolerance, point.y + tolerance]
	];
	const [feature] = map.queryRenderedFeatures(box, {
		layers: clickableLayerIds(layers).filter((id) => map.getLayer(id))
	});
	return feature?.properties?.id as string | undefined;
}

/** A click on a place opens it; the pointer says where a place can be clicked. `layers`: those shown now. */
export function selectPlaces(
	map: MapLibreMap,
	layers: () => string[] | undefined,
	onselect: (placeId: string) => void
): void {
	const at = (point: { x: number; y: number }) => {
		const shown = layers();
		return shown && placeAt(map, point, shown);
	};
	map.on('click', (event) => {
		const id = at(event.point);
		if (id) onselect(id);
	});
	map.on('mousemove', (event) => (map.getCanvas().style.cursor = at(event.point) ? 'pointer' : ''));
}

/**
 * What every story map carries beyond its style: credits and a scale in
 * kilometres (top right: on phones the step cards cover the bottom), no
 * rotation, a canvas hidden from assistive technology (it pictures what the
 * text and the place list already say), and the unseen icon that reserves each
 * point's room among labels (see style.ts).
 */
export function equipMap(
	maplibre: MapLibre,
	map: MapLibreMap,
	{ dir, credit, archiveCredit }: { dir: 'ltr' | 'rtl'; credit: string; archiveCredit?: string }
): void {
	// Opposite the text column: top left in right-to-left editions.
	const corner = dir === 'rtl' ? 'top-left' : 'top-right';
	map.addControl(
		new maplibre.AttributionControl({
			compact: false,
			// On phones the words before the name give way to the step buttons (app.css).
			customAttribution: [
				`<span class="map-credit-words">${credit} </span>Natural Earth`,
				'<a href="https://maplibre.org/">MapLibre</a>'
			]
		}),
		corner
	);
	// A basemap archive's credit on a line of its own: joined to Natural Earth's it would reach
	// under the time rail or the step buttons (the layout keeps room for the line: creditRoomFor).
	if (archiveCredit) map.addControl(creditLine(archiveCredit), corner);
	// The static maps draw the same bar (scaleBarFor).
	map.addControl(new maplibre.ScaleControl({ unit: 'metric', maxWidth: 100 }), corner);
	map.touchZoomRotate.disableRotation();
	map.getCanvas().setAttribute('aria-hidden', 'true');
	map.getCanvas().tabIndex = -1;
	map.setMissingStyleImageResolver((id) => {
		if (id !== POINT_SHADOW || map.hasImage(id)) return;
		const size = POINT_SHADOW_SIZE;
		map.addImage(id, { width: size, height: size, data: new Uint8Array(size * size * 4).fill(255) });
	});
}

/** A line of credit in the attribution's style, under it. */
function creditLine(text: string): IControl {
	const element = document.createElement('div');
	element.className = 'maplibregl-ctrl maplibregl-ctrl-attrib map-archive-credit';
	element.textContent = text;
	// Styled here, not in the page's stylesheet, which is part of every story's first view.
	element.style.cssText = `clear:both;font-size:12px;line-height:${CREDIT_LINE}px`;
	return { onAdd: () => element, onRemove: () => element.remove() };
}

/** A lost WebGL context (static maps stand in until it is restored) and any map error, told. */
export function reportTrouble(map: MapLibreMap, onstatus: (status: MapStatus) => void): void {
	map.on('webglcontextlost', () => onstatus({ kind: 'context-lost' }));
	map.on('webglcontextrestored', () => onstatus({ kind: 'ready' }));
	map.on('error', (event) => console.error('Map error:', event.error));
}

// The classic template's chapters, rendered in the browser from its config
// object: a header, then one block per chapter. Shared by both baselines.
/** @param {{ title: string, subtitle: string, byline: string, chapters: { id: string, title: string, description: string }[] }} config */
export function renderChapters(config) {
	const story = /** @type {HTMLElement} */ (document.getElementById('story'));
	const header = document.createElement('div');
	header.id = 'header';
	header.innerHTML = `<h1>${config.title}</h1><h2>${config.subtitle}</h2><p>${config.byline}</p>`;
	story.appendChild(header);
	const features = document.createElement('div');
	features.id = 'features';
	for (const chapter of config.chapters) {
		const container = document.createElement('div');
		container.id = chapter.id;
		container.className = 'step';
		container.innerHTML = `<div class="light"><h3>${chapter.title}</h3>${chapter.description}</div>`;
		features.appendChild(container);
	}
	story.appendChild(features);
}

/**
 * Publishes the map on its element as our page does (the benchmark counts its
 * frames) and its camera once it settles (`data-step`, `data-center`,
 * `data-zoom`, `data-ready`); `stepId` gives the chapter the map was sent to.
 * @param {{ on: (event: string, listener: () => void) => void, getCenter: () => { lng: number, lat: number }, getZoom: () => number }} map
 * @param {HTMLElement} element
 * @param {() => string} stepId
 */
export function publishCamera(map, element, stepId) {
	/** @type {HTMLElement & { storyMap?: unknown }} */ (element).storyMap = map;
	map.on('movestart', () => performance.mark('storymap:camera-moving'));
	map.on('moveend', () => {
		const c = map.getCenter();
		element.dataset.step = stepId();
		element.dataset.center = `${c.lng.toFixed(5)},${c.lat.toFixed(5)}`;
		element.dataset.zoom = map.getZoom().toFixed(3);
		element.dataset.ready = 'true';
	});
}

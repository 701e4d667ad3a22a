// Injected before any page script (page.addInitScript): paints, long tasks,
// layout shifts, input-to-paint delays (Event Timing), performance marks,
// when the first step's text is laid out, when a map (static or live) is first
// painted and when the live map says it is ready. Observers, not
// getEntriesByName: the story page keeps only its latest mark of each name, and
// an observer sees every one. Plain JavaScript on purpose: it runs in the page
// untranspiled.
(() => {
	const bench = {
		longTasks: [],
		lcp: 0,
		mapReady: 0,
		mapVisible: 0,
		firstStepText: 0,
		marks: [],
		events: [],
		shifts: []
	};
	window.__bench = bench;
	const observe = (type, take, options = {}) => {
		try {
			new PerformanceObserver((list) => list.getEntries().forEach(take)).observe({
				type,
				buffered: true,
				...options
			});
		} catch {
			// An entry type this browser lacks leaves its figure empty.
		}
	};
	observe('longtask', (entry) => bench.longTasks.push([entry.startTime, entry.duration]));
	observe('largest-contentful-paint', (entry) => (bench.lcp = entry.startTime));
	observe('mark', (entry) => bench.marks.push([entry.name, entry.startTime]));
	observe(
		'event',
		(entry) => {
			if (entry.interactionId)
				bench.events.push([entry.interactionId, entry.name, entry.startTime, entry.duration]);
		},
		{ durationThreshold: 16 }
	);
	observe('layout-shift', (entry) => {
		if (!entry.hadRecentInput) bench.shifts.push([entry.startTime, entry.value]);
	});
	// The story page's stand-in map carries elementtiming="map": its paint is the first map on screen.
	observe('element', (entry) => {
		if (entry.identifier !== 'map') return;
		const painted = entry.renderTime || entry.loadTime;
		bench.mapVisible = bench.mapVisible ? Math.min(bench.mapVisible, painted) : painted;
	});
	// When the live map says it is ready: a mutation observer, not a frame loop, so the
	// measuring adds no work to every frame of the page it measures.
	const readyCheck = () => {
		const map = document.getElementById('story-map');
		if (bench.mapReady || !map || map.dataset.ready !== 'true') return;
		bench.mapReady = performance.now();
		// A live map painted before any stand-in (or a page without one) is the first map on screen.
		if (!bench.mapVisible) bench.mapVisible = bench.mapReady;
		ready.disconnect();
	};
	const ready = new MutationObserver(readyCheck);
	ready.observe(document, {
		subtree: true,
		childList: true,
		attributes: true,
		attributeFilter: ['data-ready']
	});
	// The first step's text is laid out: checked once a frame until it is.
	const textCheck = () => {
		const first = document.querySelector('.step');
		if (first && first.getBoundingClientRect().height > 0 && first.textContent.trim())
			bench.firstStepText = performance.now();
		else requestAnimationFrame(textCheck);
	};
	requestAnimationFrame(textCheck);
})();

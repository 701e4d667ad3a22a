// Injected before any page script (page.addInitScript): paints, long tasks,
// when the first step's text is laid out and when the map says it is ready.
// Plain JavaScript on purpose: it runs in the page untranspiled.
(() => {
	const bench = { longTasks: [], lcp: 0, mapReady: 0, firstStepText: 0 };
	window.__bench = bench;
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries()) bench.longTasks.push([entry.startTime, entry.duration]);
	}).observe({ type: 'longtask', buffered: true });
	new PerformanceObserver((list) => {
		const entries = list.getEntries();
		bench.lcp = entries[entries.length - 1].startTime;
	}).observe({ type: 'largest-contentful-paint', buffered: true });
	const watch = () => {
		const map = document.getElementById('story-map');
		if (!bench.mapReady && map && map.dataset.ready === 'true') bench.mapReady = performance.now();
		const first = document.querySelector('.step');
		if (!bench.firstStepText && first && first.getBoundingClientRect().height > 0 && first.textContent.trim())
			bench.firstStepText = performance.now();
		if (!bench.mapReady || !bench.firstStepText) requestAnimationFrame(watch);
	};
	requestAnimationFrame(watch);
})();

/**
 * When the live map takes over from the poster (the prerendered map of the
 * step): at the reader's first sign of engagement (a scroll, a wheel turn, a
 * tap or click, a key) or once the page has been idle a while after it
 * loaded. Until then the main thread is the words' alone, and a reader who
 * only reads the first screen never pays for WebGL. This is the pattern
 * Mapbox GL's maintainers advise for pages that embed maps: a static image
 * until interaction.
 */
export const ENGAGEMENT_EVENTS = ['scroll', 'wheel', 'pointerdown', 'touchstart', 'keydown'] as const;

/** How long after its load event an untouched page waits before starting the live map anyway. */
export const IDLE_START_MS = 5000;

/** What the trigger needs of a window (a fake one in the unit tests). */
export interface StartTarget extends EventTarget {
	document: { readyState: DocumentReadyState };
	requestIdleCallback?: (callback: () => void, options?: { timeout: number }) => number;
	cancelIdleCallback?: (handle: number) => void;
}

/**
 * Calls back once the element is on screen; returns a function that stops
 * watching. An embed's frame may sit far down its article: its map waits.
 */
export function whenOnScreen(element: Element, callback: () => void): () => void {
	const observer = new IntersectionObserver((entries) => {
		if (!entries.some((entry) => entry.isIntersecting)) return;
		observer.disconnect();
		callback();
	});
	observer.observe(element);
	return () => observer.disconnect();
}

/**
 * Calls `start` once, at engagement or idle; returns a function that cancels it.
 * `visible`: the idle start also waits for it (an embed: its frame on screen).
 */
export function whenEngagedOrIdle(
	start: () => void,
	{
		target = window as StartTarget,
		idleMs = IDLE_START_MS,
		visible
	}: { target?: StartTarget; idleMs?: number; visible?: (onVisible: () => void) => () => void } = {}
): () => void {
	let done = false;
	let timer: ReturnType<typeof setTimeout> | undefined;
	let idle: number | undefined;
	let stopWatching = () => {};
	const options = { capture: true, passive: true } as const;
	const cancel = () => {
		done = true;
		for (const type of ENGAGEMENT_EVENTS) target.removeEventListener(type, go, options);
		target.removeEventListener('load', loaded);
		stopWatching();
		clearTimeout(timer);
		if (idle !== undefined) target.cancelIdleCallback?.(idle);
	};
	function go() {
		if (done) return;
		cancel();
		start();
	}
	// After the wait, the next idle moment (or at most a second later): never in the middle of a task.
	function wait() {
		timer = setTimeout(() => {
			if (target.requestIdleCallback) idle = target.requestIdleCallback(go, { timeout: 1000 });
			else go();
		}, idleMs);
	}
	function loaded() {
		if (visible) stopWatching = visible(wait);
		else wait();
	}
	for (const type of ENGAGEMENT_EVENTS) target.addEventListener(type, go, options);
	if (target.document.readyState === 'complete') loaded();
	else target.addEventListener('load', loaded, { once: true });
	return cancel;
}

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

/** Calls `start` once, at engagement or idle; returns a function that cancels it. */
export function whenEngagedOrIdle(
	start: () => void,
	{ target = window as StartTarget, idleMs = IDLE_START_MS }: { target?: StartTarget; idleMs?: number } = {}
): () => void {
	let done = false;
	let timer: ReturnType<typeof setTimeout> | undefined;
	let idle: number | undefined;
	const options = { capture: true, passive: true } as const;
	const cancel = () => {
		done = true;
		for (const type of ENGAGEMENT_EVENTS) target.removeEventListener(type, go, options);
		target.removeEventListener('load', wait);
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
	for (const type of ENGAGEMENT_EVENTS) target.addEventListener(type, go, options);
	if (target.document.readyState === 'complete') wait();
	else target.addEventListener('load', wait, { once: true });
	return cancel;
}

/**
 * A press paints before the map's next frame. While the camera flies, MapLibre
 * draws a frame in every animation frame, and on a phone (or with software GL)
 * one frame is a main-thread task of 100–200 ms. A press that lands mid-flight
 * waits for the frame in progress and then for the next one, which runs in the
 * same rendering update as the page's answer (the card, the rail, the scroll
 * starting). So at each press the map's pending frame is held: the page paints
 * its answer without it, and the map draws again in the task after that paint.
 * Its camera animations are timed by the clock, so a held frame is skipped, not
 * added: the flight ends when it would have.
 *
 * MapLibre has no public way to hold a frame: this cancels the map's pending
 * frame request (`_frameRequest`, an AbortController). Were a library update to
 * rename it, only the frame already requested would still draw before the
 * paint; the unit test pins the name against the installed library.
 */

/** What a frame holder needs of a map (MapLibre's own, or a test's stand-in). */
export interface RepaintingMap {
	triggerRepaint(): void;
	_frameRequest?: AbortController | null;
}

/** The events that begin a press: pointer, touch and keys (a click follows its pointerup). */
export const PRESS_EVENTS = ['pointerdown', 'pointerup', 'keydown', 'click'] as const;

export interface FrameScheduler {
	/** Runs `callback` in the next rendering update, before its paint. */
	beforePaint(callback: () => void): void;
	/** Runs `callback` in a task of its own (after the paint in progress). */
	task(callback: () => void): void;
}

const browserScheduler: FrameScheduler = {
	beforePaint: (callback) => requestAnimationFrame(() => callback()),
	task: (callback) => setTimeout(callback, 0)
};

/**
 * Holds the map's frames from each press until the page has painted, on
 * `target` (the window). Returns a function that stops holding and restores the
 * map's own `triggerRepaint`.
 */
export function paintPressesFirst(
	map: RepaintingMap,
	target: EventTarget,
	scheduler: FrameScheduler = browserScheduler
): () => void {
	const own = Object.hasOwn(map, 'triggerRepaint') ? map.triggerRepaint : undefined;
	const repaint = map.triggerRepaint.bind(map);
	let holding = false;
	let wanted = false;
	map.triggerRepaint = () => {
		if (holding) wanted = true;
		else repaint();
	};
	const release = () => {
		holding = false;
		if (!wanted) return;
		wanted = false;
		repaint();
	};
	const hold = () => {
		if (holding) return;
		const pending = map._frameRequest;
		if (pending) {
			pending.abort();
			map._frameRequest = null;
			wanted = true;
		}
		holding = true;
		scheduler.beforePaint(() => scheduler.task(release));
	};
	const options = { capture: true, passive: true };
	for (const type of PRESS_EVENTS) target.addEventListener(type, hold, options);
	return () => {
		for (const type of PRESS_EVENTS) target.removeEventListener(type, hold, options);
		if (own) map.triggerRepaint = own;
		else delete (map as Partial<RepaintingMap>).triggerRepaint; // the library's own method again
		release();
	};
}

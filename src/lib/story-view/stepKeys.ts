/** A move between steps asked for by a key. */
export type StepMove = 'previous' | 'next' | 'first' | 'last';

/**
 * Keys that step in every view: the story page, the scroll embed and the
 * stepper. They follow the reading direction: in a right-to-left edition the
 * next step is to the left, as the stepper's buttons and the time rail show it.
 */
const STEP_KEYS: Record<'ltr' | 'rtl', Record<string, StepMove>> = {
	ltr: { ArrowLeft: 'previous', ArrowRight: 'next' },
	rtl: { ArrowLeft: 'next', ArrowRight: 'previous' }
};

/**
 * Keys that scroll a page. Where the view scrolls (the story page, the scroll
 * embed) the browser keeps them, and since the active step follows the scroll
 * position they land on steps all the same: Home on the first, End on the
 * last. Where nothing scrolls (the stepper) they step instead.
 */
const SCROLL_KEYS: Record<string, StepMove> = {
	ArrowUp: 'previous',
	ArrowDown: 'next',
	PageUp: 'previous',
	PageDown: 'next',
	Home: 'first',
	End: 'last'
};

type KeyPress = Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey' | 'defaultPrevented'>;

/**
 * The step move a key press asks for, or null when the key is not a step key
 * here, carries a modifier (browser shortcuts), or was already handled.
 */
export function stepKey(
	event: KeyPress,
	{ scrolls, dir = 'ltr' }: { scrolls: boolean; dir?: 'ltr' | 'rtl' }
): StepMove | null {
	if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return null;
	return STEP_KEYS[dir][event.key] ?? (scrolls ? null : (SCROLL_KEYS[event.key] ?? null));
}

/** The index a move leads to among `count` steps, from `current`; never out of range. */
export function stepAfter(move: StepMove, current: number, count: number): number {
	const to = { previous: current - 1, next: current + 1, first: 0, last: count - 1 }[move];
	return Math.max(0, Math.min(count - 1, to));
}

/** Elements whose own keys win: form fields, open dialogs, and the map while the reader pans it. */
export const OWN_KEYS_SELECTOR = 'input, textarea, select, dialog, .maplibregl-canvas-container';

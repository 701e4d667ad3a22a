/**
 * The place list comes as links to each place's section (it works without
 * scripts, and it is server-rendered HTML the page does not hydrate). Once the
 * page runs, each link becomes a button that opens the place's dialog: in idle
 * moments, a slice at a time, so a story with thousands of places never holds
 * the main thread; one listener on the list serves every button.
 */
const SLICE = 200;

interface IdleWindow {
	requestIdleCallback?: (callback: () => void, options?: { timeout: number }) => number;
	cancelIdleCallback?: (handle: number) => void;
}

/** A button with the link's place and contents. */
function buttonFor(link: HTMLAnchorElement): HTMLButtonElement {
	const button = document.createElement('button');
	button.type = 'button';
	button.className = link.className;
	button.dataset.place = link.dataset.place;
	button.append(...link.childNodes);
	return button;
}

export function placeButtons(list: HTMLElement, onselect: (placeId: string) => void): () => void {
	const onclick = (event: MouseEvent) => {
		const button = (event.target as Element).closest<HTMLElement>('button.place-button[data-place]');
		if (button?.dataset.place) onselect(button.dataset.place);
	};
	list.addEventListener('click', onclick);
	const links = [...list.querySelectorAll<HTMLAnchorElement>('a.place-button[data-place]')];
	const idle = window as IdleWindow;
	let handle: number | undefined;
	let timer: ReturnType<typeof setTimeout> | undefined;
	const slice = () => {
		for (const link of links.splice(0, SLICE)) {
			const button = buttonFor(link);
			const focused = document.activeElement === link;
			link.replaceWith(button);
			// A keyboard reader on the link stays where they were.
			if (focused) button.focus({ preventScroll: true });
		}
		if (links.length) schedule();
	};
	const schedule = () => {
		// At most a second late while the map keeps the main thread busy.
		if (idle.requestIdleCallback) handle = idle.requestIdleCallback(slice, { timeout: 1000 });
		else timer = setTimeout(slice, 0);
	};
	schedule();
	return () => {
		links.length = 0;
		if (handle !== undefined) idle.cancelIdleCallback?.(handle);
		clearTimeout(timer);
		list.removeEventListener('click', onclick);
	};
}

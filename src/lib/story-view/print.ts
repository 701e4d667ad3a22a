import { tick } from 'svelte';
import type { StoryPage } from './pageState.svelte';

/**
 * Prints the story as a handout once every step's static map has arrived:
 * they load only when asked for, and the browser prints what it has.
 */
export async function printStory(page: StoryPage): Promise<void> {
	page.printing = true;
	await tick();
	const images = [...document.querySelectorAll<HTMLImageElement>('img.print-only')];
	await Promise.all(images.map((image) => image.decode().catch(() => undefined)));
	window.print();
}

/** Printing from the browser's menu: ask for the maps as early as the browser lets us. */
export function watchPrinting(page: StoryPage): () => void {
	const media = window.matchMedia('print');
	const start = () => (page.printing = true);
	const onchange = (event: MediaQueryListEvent) => event.matches && start();
	window.addEventListener('beforeprint', start);
	media.addEventListener('change', onchange);
	return () => {
		window.removeEventListener('beforeprint', start);
		media.removeEventListener('change', onchange);
	};
}

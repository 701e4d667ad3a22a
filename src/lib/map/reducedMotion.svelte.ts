import { on } from 'svelte/events';

/** The reader's prefers-reduced-motion setting, kept current while the page is open. */
export class ReducedMotion {
	current = $state(false);

	/** Call from onMount or an effect; returns the cleanup. */
	watch(): () => void {
		const query = window.matchMedia('(prefers-reduced-motion: reduce)');
		this.current = query.matches;
		return on(query, 'change', () => (this.current = query.matches));
	}
}

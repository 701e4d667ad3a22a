import { on } from 'svelte/events';

const STORAGE_KEY = 'storymap:motion';
type Choice = 'reduce' | 'allow';

/**
 * Whether to animate: the reader's own choice (the motion toggle, remembered
 * in localStorage) when they made one, else their prefers-reduced-motion setting.
 */
export class ReducedMotion {
	system = $state(false);
	choice = $state<Choice | null>(null);
	current = $derived(this.choice ? this.choice === 'reduce' : this.system);

	/** Call from onMount; returns the cleanup. */
	watch(): () => void {
		const query = window.matchMedia('(prefers-reduced-motion: reduce)');
		this.system = query.matches;
		try {
			const stored = window.localStorage.getItem(STORAGE_KEY);
			this.choice = stored === 'reduce' || stored === 'allow' ? stored : null;
		} catch {
			// Storage blocked (private mode, sandboxed frame): the choice lasts for this visit.
		}
		return on(query, 'change', () => (this.system = query.matches));
	}

	toggle(): void {
		this.choice = this.current ? 'allow' : 'reduce';
		try {
			window.localStorage.setItem(STORAGE_KEY, this.choice);
		} catch {
			// See watch().
		}
	}
}

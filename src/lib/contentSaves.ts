import { invalidateAll } from '$app/navigation';

/**
 * While developing, loads the page's data again whenever a content file is
 * saved (vite.config.ts announces it): an editor sees the change, or the
 * problem, without reloading. Nothing in a build (import.meta.hot is absent).
 * Returns the function that stops listening.
 */
export function reloadOnContentSave(): () => void {
	const hot = import.meta.hot;
	if (!hot) return () => {};
	const reload = () => invalidateAll();
	hot.on('storymap:content', reload);
	return () => hot.off('storymap:content', reload);
}

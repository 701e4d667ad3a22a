import { PROTOCOL_VERSION, type HostCommand } from './messages.ts';
import { isFramed, onHostCommand, postToHost, reportHeight } from './bridge.ts';
import type { Theme } from '../geo/palette.ts';
import type { EmbedKind } from './kinds.ts';

/**
 * What every embed does once mounted: take the theme, report its height in
 * every format hosts understand, say it is ready, and listen to its parent.
 * Returns the cleanup.
 */
export function startEmbed(
	mode: EmbedKind,
	theme: Theme,
	/** The story's step ids, told to the host when ready. */
	steps: string[],
	handle: (command: Exclude<HostCommand, { type: 'storymap:hello' }>) => void
): () => void {
	document.documentElement.dataset.theme = theme;
	document.documentElement.classList.add('embedded');
	const pymChildId = new URL(window.location.href).searchParams.get('childId');
	const height = reportHeight(pymChildId);
	const ready = () => postToHost({ type: 'storymap:ready', mode, version: PROTOCOL_VERSION, steps });
	// /embed.js may start after this frame has spoken; it then says hello and hears it all again.
	const stopListening = onHostCommand((command) => {
		if (command.type !== 'storymap:hello') return handle(command);
		ready();
		height.post();
	});
	if (isFramed()) ready();
	return () => {
		height.stop();
		stopListening();
	};
}

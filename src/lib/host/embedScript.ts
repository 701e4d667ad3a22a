/**
 * /embed.js: the one script a newsroom pastes. It finds the snippets on the
 * page and runs the host library on each: makes the scroll embed's and the
 * captions map's frames, sizes and connects the stepper and single-view
 * frames. It only talks to frames from the origin it was loaded from.
 * `window.storymapEmbed.scan()` looks again after a page adds snippets.
 */
import { CAPTIONS_ATTRIBUTE } from '../embed/captions.ts';
import { attachStoryMap, createStoryMap, type StoryMap } from './storymap.ts';

interface EmbedGlobal {
	scan: () => void;
	maps: StoryMap[];
}

declare global {
	interface Window {
		storymapEmbed?: EmbedGlobal;
	}
}

function start() {
	if (window.storymapEmbed) return window.storymapEmbed.scan();
	const script = document.currentScript as HTMLScriptElement | null;
	if (!script?.src) return;
	const origin = new URL(script.src, location.href).origin;
	const maps: StoryMap[] = [];
	const sameOrigin = (url: string | null) => {
		try {
			return url !== null && new URL(url, location.href).origin === origin;
		} catch {
			return false;
		}
	};

	function scan() {
		const placeholders = document.querySelectorAll<HTMLElement>(
			`[data-storymap]:not([data-storymap-ready]),[${CAPTIONS_ATTRIBUTE}]:not([data-storymap-ready])`
		);
		for (const placeholder of placeholders) {
			const src = placeholder.getAttribute(CAPTIONS_ATTRIBUTE) ?? placeholder.getAttribute('data-storymap');
			placeholder.setAttribute('data-storymap-ready', '');
			if (!sameOrigin(src)) continue;
			const title = placeholder.getAttribute('data-storymap-title') ?? undefined;
			maps.push(createStoryMap(placeholder, { src: src!, title }));
		}
		const own = new Set(maps.map((map) => map.iframe));
		for (const iframe of document.querySelectorAll('iframe'))
			if (!own.has(iframe) && !iframe.hasAttribute('data-storymap-frame') && sameOrigin(iframe.src)) {
				iframe.setAttribute('data-storymap-frame', '');
				maps.push(attachStoryMap(iframe));
			}
		for (const map of maps) map.iframe.setAttribute('data-storymap-frame', '');
	}

	window.storymapEmbed = { scan, maps };
	scan();
	if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan);
}

start();

/**
 * The host library: what a newsroom's page uses to place the story's map and
 * talk to it. `/embed.js` (pasted with a snippet) runs it on the marked-up
 * page; `/embed.mjs` with `/embed.d.ts` exports it for a newsroom's own build.
 * It talks only to frames of the embed's origin, and hears only its own frames.
 */
import { PROTOCOL_VERSION, parseEmbedEvent, type EmbedEvent, type HostCommand } from '../embed/messages.ts';
import type { EmbedKind } from '../embed/kinds.ts';
import {
	BESIDE_ATTRIBUTE,
	STEP_ATTRIBUTE,
	activeCaption,
	captionsStyle,
	sortMarks,
	type Caption
} from '../embed/captions.ts';

export { PROTOCOL_VERSION };
export type { EmbedEvent, HostCommand, EmbedKind };

/** What each event a map sends carries. */
export interface StoryMapEvents {
	/** The embed listens; `steps` are the story's step ids in order. */
	ready: { mode: EmbedKind; version: number; steps: string[] };
	/** The map shows a step (`index` in the whole story). */
	step: { id: string; index: number };
	/** The reader opened a place's details. */
	place: { id: string };
}

export interface StoryMapOptions {
	/**
	 * The embed's address: `…/embed/` (stepper), `…/embed/?mode=single&step=<id>`,
	 * `…/embed/scroll/` or `…/embed/?mode=captions`.
	 */
	src: string;
	/** The frame's accessible name. */
	title?: string;
	/**
	 * Captions mode: the article's elements that carry `data-storymap-step`.
	 * Default (for a `mode=captions` address): those in the element's parent.
	 */
	captions?: ArrayLike<Element>;
}

export interface StoryMap {
	readonly iframe: HTMLIFrameElement;
	/** Shows a step, by its id (in the scroll embed, scrolls the page to it). */
	goTo(step: string): void;
	/** Opens a place's details, by its id. */
	openPlace(id: string): void;
	/** Listens to the map; returns a function that stops listening. */
	on<K extends keyof StoryMapEvents>(type: K, handler: (event: StoryMapEvents[K]) => void): () => void;
	/** Removes the frame, the listeners and anything the map added to the page. */
	destroy(): void;
}

type Handlers = { [K in keyof StoryMapEvents]: Set<(event: StoryMapEvents[K]) => void> };

const STYLE_ATTRIBUTE = 'data-storymap-style';

function kindOf(src: URL): EmbedKind {
	if (/\/embed\/scroll\/?$/.test(src.pathname)) return 'scroll';
	const mode = src.searchParams.get('mode');
	return mode === 'single' || mode === 'captions' ? mode : 'stepper';
}

/** Names an element in a warning: its tag, its mark and the start of its text. */
function describe(element: Element): string {
	const text = (element.textContent ?? '').trim().replace(/\s+/g, ' ');
	const start = text.length > 40 ? `${text.slice(0, 40)}…` : text;
	return `<${element.tagName.toLowerCase()} ${STEP_ATTRIBUTE}="${element.getAttribute(STEP_ATTRIBUTE)}">${start ? ` "${start}"` : ''}`;
}

function ensureStyle(doc: Document) {
	if (doc.querySelector(`style[${STYLE_ATTRIBUTE}]`)) return;
	const style = doc.createElement('style');
	style.setAttribute(STYLE_ATTRIBUTE, '');
	style.textContent = captionsStyle();
	doc.head.appendChild(style);
}

/** Makes the frame on `element` (its content is replaced) and returns the map. */
export function createStoryMap(element: HTMLElement, options: StoryMapOptions): StoryMap {
	const src = new URL(options.src, location.href);
	const kind = kindOf(src);
	const iframe = document.createElement('iframe');
	iframe.title = options.title ?? 'Story map';
	if (kind === 'captions') {
		ensureStyle(document);
		const marks = Array.from(
			options.captions ?? element.parentElement?.querySelectorAll(`[${STEP_ATTRIBUTE}]`) ?? []
		);
		// The step being read when the map is made (a restored scroll position): its poster first.
		const read = readCaptions(marks);
		const at = read[activeIndex(read)];
		if (at) src.searchParams.set('step', at.step);
		iframe.src = src.href;
		const track = document.createElement('div');
		track.className = 'storymap-track';
		const pin = document.createElement('div');
		pin.className = 'storymap-pin';
		pin.appendChild(iframe);
		track.appendChild(pin);
		element.replaceChildren(track);
		return connect(iframe, src, kind, { element, marks });
	}
	iframe.src = src.href;
	iframe.setAttribute('scrolling', 'no');
	iframe.style.cssText = `display:block;width:100%;border:0;height:${kind === 'scroll' ? innerHeight : 480}px`;
	element.replaceChildren(iframe);
	return connect(iframe, src, kind, null);
}

/** Connects to a frame already in the page (the stepper and single-view snippets). */
export function attachStoryMap(iframe: HTMLIFrameElement): StoryMap {
	const src = new URL(iframe.src, location.href);
	return connect(iframe, src, kindOf(src), null);
}

function readCaptions(marks: Element[]): Caption[] {
	return marks.map((mark) => {
		const box = mark.getBoundingClientRect();
		return {
			step: mark.getAttribute(STEP_ATTRIBUTE) ?? '',
			top: box.top + scrollY,
			bottom: box.bottom + scrollY
		};
	});
}

function activeIndex(captions: Caption[]): number {
	return activeCaption(captions, { width: innerWidth, height: innerHeight }, scrollY);
}

function connect(
	iframe: HTMLIFrameElement,
	src: URL,
	initialKind: EmbedKind,
	captions: { element: HTMLElement; marks: Element[] } | null
): StoryMap {
	const origin = src.origin;
	let kind = initialKind;
	const handlers: Handlers = { ready: new Set(), step: new Set(), place: new Set() };
	const cleanups: (() => void)[] = [];
	let queued = 0;
	let shown = '';
	let marks = captions?.marks ?? [];
	let beside: Element[] = [];
	/** Each mistyped mark is warned of once, however often the frame says it is ready. */
	const warned = new WeakSet<Element>();

	/** Commands asked for before the frame is ready: sent once it is. */
	let pending: HostCommand[] = [];
	let ready = false;
	const send = (command: HostCommand) => {
		if (ready) iframe.contentWindow?.postMessage(command, origin);
		else pending.push(command);
	};

	/** Scroll embed: where the frame is; captions: which mark is read, and how far the map stays pinned. */
	function follow() {
		queued = 0;
		if (!ready) return;
		if (kind === 'scroll')
			send({ type: 'storymap:viewport', top: iframe.getBoundingClientRect().top, height: innerHeight });
		if (!captions || marks.length === 0) return;
		const read = readCaptions(marks);
		const top = captions.element.getBoundingClientRect().top + scrollY;
		const end = Math.max(...read.map((caption) => caption.bottom));
		captions.element.style.setProperty('--storymap-track', `${Math.max(0, Math.ceil(end - top))}px`);
		const step = read[activeIndex(read)].step;
		if (step !== shown) {
			shown = step;
			send({ type: 'storymap:goto', step });
		}
	}
	const queue = () => {
		queued ||= requestAnimationFrame(follow);
	};

	/** Keeps the marks the story has; unmarked elements between them leave room for the map too. */
	function keepKnown(steps: string[]) {
		// A frame that does not list its steps: every mark is kept.
		if (!captions || steps.length === 0) return;
		const sorted = sortMarks(
			captions.marks.map((element) => ({ element, step: element.getAttribute(STEP_ATTRIBUTE) ?? '' })),
			steps
		);
		for (const { element, step } of sorted.unknown.filter(({ element }) => !warned.has(element))) {
			warned.add(element);
			console.warn(
				`Story map: ${describe(element)} names step "${step}", which the story does not have; skipped.`,
				element
			);
		}
		marks = sorted.known.map((mark) => mark.element);
		for (const element of beside) element.removeAttribute(BESIDE_ATTRIBUTE);
		beside = besideMarks(marks);
		for (const element of beside) element.setAttribute(BESIDE_ATTRIBUTE, '');
	}

	const onMessage = (event: MessageEvent) => {
		if (event.origin !== origin || event.source !== iframe.contentWindow) return;
		const message = parseEmbedEvent(event.data);
		if (!message) return;
		if (message.type === 'storymap:height') {
			if (kind !== 'captions') iframe.style.height = `${Math.ceil(message.height)}px`;
			queue();
		} else if (message.type === 'storymap:ready') {
			ready = true;
			for (const command of pending) send(command);
			pending = [];
			kind = message.mode;
			const steps = message.steps;
			keepKnown(steps);
			shown = '';
			follow();
			emit('ready', { mode: message.mode, version: message.version, steps });
		} else if (message.type === 'storymap:scroll' && kind === 'scroll') {
			scrollTo({ top: iframe.getBoundingClientRect().top + scrollY + message.top, behavior: 'auto' });
		} else if (message.type === 'storymap:step') emit('step', { id: message.id, index: message.index });
		else if (message.type === 'storymap:place') emit('place', { id: message.id });
	};

	function emit<K extends keyof StoryMapEvents>(type: K, event: StoryMapEvents[K]) {
		for (const handler of handlers[type]) handler(event);
	}

	addEventListener('message', onMessage);
	addEventListener('scroll', queue, { passive: true });
	addEventListener('resize', queue);
	cleanups.push(() => {
		removeEventListener('message', onMessage);
		removeEventListener('scroll', queue);
		removeEventListener('resize', queue);
		cancelAnimationFrame(queued);
	});
	if (captions) {
		// Images and fonts load, the article reflows: the pinned stretch follows.
		const resized = new ResizeObserver(queue);
		resized.observe(captions.element.parentElement ?? document.body);
		cleanups.push(() => resized.disconnect());
	}
	// A frame that loaded before this listener asks again (the embed answers with ready and its height).
	// Only once the embed's page is in it (its document is no longer ours to read): a frame still
	// on about:blank would refuse a message for the embed's origin with an error in the console.
	const hello = () => {
		if (iframe.contentDocument === null)
			iframe.contentWindow?.postMessage({ type: 'storymap:hello' }, origin);
	};
	hello();
	iframe.addEventListener('load', hello);
	cleanups.push(() => iframe.removeEventListener('load', hello));

	return {
		iframe,
		goTo: (step) => {
			if (captions) {
				const mark = marks.find((element) => element.getAttribute(STEP_ATTRIBUTE) === step);
				// In captions mode the article leads: go to the step's paragraph, the map follows.
				if (mark) return mark.scrollIntoView({ block: 'center' });
			}
			send({ type: 'storymap:goto', step });
		},
		openPlace: (id) => send({ type: 'storymap:open', place: id }),
		on(type, handler) {
			handlers[type].add(handler);
			return () => handlers[type].delete(handler);
		},
		destroy() {
			for (const cleanup of cleanups) cleanup();
			for (const element of beside) element.removeAttribute(BESIDE_ATTRIBUTE);
			iframe.remove();
		}
	};
}

/** Unmarked siblings between the first and the last mark (an ad, a figure): they give the map room too. */
function besideMarks(marks: Element[]): Element[] {
	const first = marks[0];
	const last = marks[marks.length - 1];
	if (!first || !last || first.parentElement !== last.parentElement) return [];
	const between: Element[] = [];
	for (
		let element = first.nextElementSibling;
		element && element !== last;
		element = element.nextElementSibling
	)
		if (!element.hasAttribute(STEP_ATTRIBUTE)) between.push(element);
	return between;
}

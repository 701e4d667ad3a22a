import { heightMessages, parseHostCommand, type HostCommand, type HostMessage } from './messages.ts';

/** True inside an iframe. */
export function isFramed(): boolean {
	return window.parent !== window;
}

/** Tells the host page something; the messages carry nothing private, so any origin may read them. */
export function postToHost(message: HostMessage): void {
	if (isFramed()) window.parent.postMessage(message, '*');
}

/** Posts the page's height whenever it changes, and on demand (`post`). */
export function reportHeight(pymChildId: string | null): { post: () => void; stop: () => void } {
	let last = -1;
	const post = () => {
		last = Math.ceil(document.documentElement.getBoundingClientRect().height);
		for (const message of heightMessages(last, pymChildId)) postToHost(message);
	};
	const observer = new ResizeObserver(() => {
		if (Math.ceil(document.documentElement.getBoundingClientRect().height) !== last) post();
	});
	observer.observe(document.documentElement);
	return { post, stop: () => observer.disconnect() };
}

/** Commands from the parent window only; anything else, or malformed, is ignored. */
export function onHostCommand(handler: (command: HostCommand) => void): () => void {
	const listener = (event: MessageEvent) => {
		if (!isFramed() || event.source !== window.parent) return;
		const command = parseHostCommand(event.data);
		if (command) handler(command);
	};
	window.addEventListener('message', listener);
	return () => window.removeEventListener('message', listener);
}

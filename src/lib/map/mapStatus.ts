import type { Messages } from '../locale/messages.ts';

/** Why the live map is not showing, for the page to fall back to static maps. */
export type MapStatus =
	| { kind: 'loading' }
	| { kind: 'ready' }
	| { kind: 'no-webgl' }
	| { kind: 'data-failed'; detail: string }
	| { kind: 'context-lost' };

/** What the reader is told, in the edition's words (`t`), when the live map is not showing. */
export function statusNotice(status: MapStatus, t: Messages): string | null {
	switch (status.kind) {
		case 'no-webgl':
			return t.mapNoWebgl;
		case 'data-failed':
			return t.mapDataFailed;
		case 'context-lost':
			return t.mapContextLost;
		default:
			return null;
	}
}

/** WebGL 2, which MapLibre 6 needs. */
export function hasWebGL2(): boolean {
	try {
		return document.createElement('canvas').getContext('webgl2') !== null;
	} catch {
		return false;
	}
}

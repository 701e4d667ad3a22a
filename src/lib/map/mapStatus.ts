/** Why the live map is not showing, for the page to fall back to static maps. */
export type MapStatus =
	| { kind: 'loading' }
	| { kind: 'ready' }
	| { kind: 'no-webgl' }
	| { kind: 'data-failed'; detail: string }
	| { kind: 'context-lost' };

export function statusNotice(status: MapStatus): string | null {
	switch (status.kind) {
		case 'no-webgl':
			return 'This browser cannot draw the interactive map (WebGL is unavailable), so each step shows a static map.';
		case 'data-failed':
			return 'The map data could not be loaded, so each step shows a static map. The story and every place’s details are complete.';
		case 'context-lost':
			return 'The map stopped drawing (the graphics context was lost). Static maps stand in until it recovers.';
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

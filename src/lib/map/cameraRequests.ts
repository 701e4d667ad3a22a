import type { Map as MapLibreMap, MapLibreEvent } from 'maplibre-gl';
import type { MapState } from '../camera/mapState.ts';
import { mark } from '../perfMarks.ts';
import { publishedState, type PublishedState } from './publishedState.ts';

/** How a step's camera flies: MapLibre's flight, a little quicker than its default and never long. The video flies alike. */
export const FLIGHT = { speed: 1.6, maxDuration: 3500 } as const;

/**
 * The camera moves a story map is asked for. They are numbered so that the
 * moveend of a flight cut short by the next step is not published as if it had
 * arrived, and the frames each draws are counted (published as
 * data-camera-frames: 1 for a jump, many for a flight).
 */
export class CameraRequests {
	#request = 0;
	#stepId = '';
	#frames = 0;

	/** Flies (or jumps, without motion) to a step's camera. */
	move(map: MapLibreMap, state: MapState, animate: boolean): void {
		this.#request += 1;
		this.#stepId = state.stepId;
		this.#frames = 0;
		const { center, zoom, bearing, pitch } = state.camera;
		const options = { center, zoom, bearing, pitch };
		const eventData = { storyRequest: this.#request };
		mark('storymap:camera-start', state.stepId);
		if (animate) map.flyTo({ ...options, ...FLIGHT, essential: true }, eventData);
		else map.jumpTo(options, eventData);
	}

	/** A frame was drawn while the camera moved. */
	frame(): void {
		this.#frames += 1;
	}

	/** The state to publish when a move ends, or null when a newer request is still on its way. */
	settled(map: MapLibreMap, event: MapLibreEvent): PublishedState | null {
		const { storyRequest } = event as MapLibreEvent & { storyRequest?: number };
		if (storyRequest !== undefined && storyRequest !== this.#request) return null;
		mark('storymap:camera-settled');
		return { ...publishedState(map, this.#stepId), 'data-camera-frames': String(this.#frames) };
	}
}

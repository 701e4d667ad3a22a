/** The progress line while a video renders: where it is, how much is made, and about how long is left. */

function clock(ms: number): string {
	const seconds = Math.max(0, Math.round(ms / 1000));
	return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

export interface Progress {
	label: string;
	/** Cards done and in all (the title, each step, the credits). */
	done: number;
	total: number;
	frames: number;
	fps: number;
	elapsedMs: number;
}

export function progressLine({ label, done, total, frames, fps, elapsedMs }: Progress): string {
	const left = done === 0 ? '' : ` · about ${clock((elapsedMs / done) * (total - done))} left`;
	return `${label}: card ${done} of ${total} · ${frames} frames (${clock((frames / fps) * 1000)} of video)${left}`;
}

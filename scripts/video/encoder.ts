/** Frames to an MP4 every platform plays: H.264, yuv420p, the index at the front (faststart). */
import { spawn, spawnSync } from 'node:child_process';

const NEEDS = `npm run video needs ffmpeg with the libx264 encoder (Debian: apt-get install ffmpeg)`;

/** Stops with what to install when ffmpeg or its H.264 encoder is missing. */
export function checkEncoder(ffmpeg = 'ffmpeg'): void {
	const version = spawnSync(ffmpeg, ['-hide_banner', '-encoders'], { encoding: 'utf8' });
	if (version.error || version.status !== 0)
		throw new Error(
			`${ffmpeg} was not found or did not run (${version.error?.message ?? `exit ${version.status}`}). ${NEEDS}.`
		);
	if (!/\blibx264\b/.test(version.stdout)) throw new Error(`${ffmpeg} has no libx264 encoder. ${NEEDS}.`);
}

export interface Encoder {
	/** Adds one frame (a JPEG image of the video's size), `times` times over. */
	write(frame: Buffer, times?: number): Promise<void>;
	/** Ends the video and waits for the file. */
	end(): Promise<void>;
}

export function startEncoder(file: string, fps: number, ffmpeg = 'ffmpeg'): Encoder {
	const encoder = spawn(
		ffmpeg,
		[
			...['-hide_banner', '-loglevel', 'error', '-y'],
			...['-f', 'image2pipe', '-framerate', String(fps), '-c:v', 'mjpeg', '-i', '-'],
			// Fixed threads keep the encoding, like the frames, the same from run to run.
			...['-c:v', 'libx264', '-preset', 'medium', '-crf', '20', '-threads', '2'],
			...['-pix_fmt', 'yuv420p', '-r', String(fps), '-movflags', '+faststart'],
			file
		],
		{ stdio: ['pipe', 'ignore', 'pipe'] }
	);
	let errors = '';
	encoder.stderr.on('data', (chunk) => (errors += chunk));
	const done = new Promise<void>((resolve, reject) => {
		encoder.on('error', (error) => reject(new Error(`${ffmpeg}: ${error.message}. ${NEEDS}.`)));
		encoder.on('close', (code) =>
			code === 0
				? resolve()
				: reject(new Error(`${ffmpeg} stopped (exit ${code}) writing ${file}: ${errors.trim()}`))
		);
	});
	// A broken pipe means ffmpeg stopped: `done` says why.
	encoder.stdin.on('error', () => {});
	const writeOnce = (frame: Buffer) =>
		new Promise<void>((resolve) => {
			if (encoder.stdin.write(frame)) resolve();
			else encoder.stdin.once('drain', resolve);
		});
	return {
		async write(frame, times = 1) {
			for (let i = 0; i < times; i++) await writeOnce(frame);
		},
		async end() {
			encoder.stdin.end();
			await done;
		}
	};
}

/** `npm run video` options, read and checked (a wrong one stops with what was wrong and what is allowed). */
import { EDITIONS, type Lang } from '../../src/lib/locale/editions.ts';
import type { Orientation } from './plan.ts';

export interface VideoSize {
	name: string;
	/** Pixels of the video. */
	width: number;
	height: number;
	orientation: Orientation;
	/** Device pixels per CSS pixel: full HD draws a 540-pixel-wide page at twice the density, as a phone does. */
	scale: number;
}

export interface VideoOptions {
	langs: Lang[];
	sizes: VideoSize[];
	steps?: string[];
	out: string;
	/** Build the site first (the default), or use the build already in build/. */
	build: boolean;
}

export const SIZES = { vertical: [1080, 1920], landscape: [1920, 1080] } as const;

export const USAGE = `npm run video -- [--steps id,id] [--size vertical|landscape|WIDTHxHEIGHT] [--lang en|fa] [--out folder] [--no-build]`;

export function videoSize(value: string): VideoSize {
	const named = SIZES[value as keyof typeof SIZES];
	const match = named ? null : value.match(/^(\d+)x(\d+)$/);
	if (!named && !match) throw new Error(`--size: "${value}" is not vertical, landscape or WIDTHxHEIGHT`);
	const [width, height] = named ?? [Number(match![1]), Number(match![2])];
	// yuv420p halves the colour planes: every player needs even sides.
	if (width % 2 || height % 2 || width < 180 || height < 180)
		throw new Error(`--size: ${width}x${height} needs even sides of at least 180 pixels`);
	const scale = Math.min(width, height) >= 1080 ? 2 : 1;
	return {
		name: named ? value : `${width}x${height}`,
		width,
		height,
		orientation: height > width ? 'vertical' : 'landscape',
		scale
	};
}

export function parseVideoArgs(args: string[]): VideoOptions {
	const options: VideoOptions = {
		langs: Object.keys(EDITIONS) as Lang[],
		sizes: [videoSize('vertical'), videoSize('landscape')],
		out: 'video',
		build: true
	};
	for (let i = 0; i < args.length; i++) {
		const flag = args[i];
		if (flag === '--no-build') {
			options.build = false;
			continue;
		}
		const value = args[i + 1];
		if (!['--steps', '--size', '--lang', '--out'].includes(flag))
			throw new Error(`Unknown option "${flag}". Usage: ${USAGE}`);
		if (value === undefined || value.startsWith('--'))
			throw new Error(`${flag} needs a value. Usage: ${USAGE}`);
		i += 1;
		if (flag === '--steps')
			options.steps = value
				.split(',')
				.map((id) => id.trim())
				.filter(Boolean);
		if (flag === '--size') options.sizes = [videoSize(value)];
		if (flag === '--out') options.out = value;
		if (flag === '--lang') {
			if (!(value in EDITIONS))
				throw new Error(`--lang: "${value}" is not an edition (${Object.keys(EDITIONS).join(', ')})`);
			options.langs = [value as Lang];
		}
	}
	return options;
}

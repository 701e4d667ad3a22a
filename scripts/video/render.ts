/** One video: the plan's cards over the map, frame by frame on the page's frozen clock, into the encoder. */
import type { Page } from '@playwright/test';
import type { Encoder } from './encoder.ts';
import { cardWords, FPS, type Card, type Shot } from './plan.ts';
import type { Progress } from './progress.ts';
import type { Cue } from './webvtt.ts';

/** Frames drawn for real at the start of a hold: the label and layer fades end within them; the rest repeat the last. */
const SETTLE_FRAMES = 18;

interface VideoPage {
	show(step: number, fly: boolean): void;
	setCard(card: Card): Promise<void>;
	frame(ms: number): Promise<{ moving: boolean }>;
}
type WithVideo = Window & { video: VideoPage };

export async function renderShots(
	page: Page,
	shots: Shot[],
	encoder: Encoder,
	report: (progress: Omit<Progress, 'label'>) => void
): Promise<Cue[]> {
	const frameMs = 1000 / FPS;
	const started = Date.now();
	const cues: Cue[] = [];
	let frames = 0;
	let shown = shots[0].step;
	const capture = async () => {
		const moving = await page.evaluate((ms) => (window as unknown as WithVideo).video.frame(ms), frameMs);
		const image = await page.screenshot({ type: 'jpeg', quality: 90 });
		await encoder.write(image);
		frames += 1;
		return { ...moving, image };
	};
	for (const [index, shot] of shots.entries()) {
		const start = frames / FPS;
		await page.evaluate((card) => (window as unknown as WithVideo).video.setCard(card), shot.card);
		if (shot.step !== shown) {
			await page.evaluate((step) => (window as unknown as WithVideo).video.show(step, true), shot.step);
			shown = shot.step;
			while ((await capture()).moving);
		}
		const hold = Math.round(shot.hold * FPS);
		let last: Buffer | undefined;
		for (let i = 0; i < Math.min(hold, SETTLE_FRAMES); i++) last = (await capture()).image;
		if (last && hold > SETTLE_FRAMES) {
			await encoder.write(last, hold - SETTLE_FRAMES);
			frames += hold - SETTLE_FRAMES;
		}
		cues.push({ start, end: frames / FPS, text: cardWords(shot.card) });
		report({ done: index + 1, total: shots.length, frames, fps: FPS, elapsedMs: Date.now() - started });
	}
	return cues;
}

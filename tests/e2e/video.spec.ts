// `npm run video` on a short range: two steps of the first story at a small
// size, checked from the outside (ffprobe, the file's boxes, its frames and
// its captions). The full render is not part of the tests.
import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadEdition } from '../../src/lib/server/editions';
import { FLIGHT } from '../../src/lib/map/cameraRequests';
import { cardWords, editionPlan, holdSeconds } from '../../scripts/video/plan';
import { parseWebVtt } from '../../scripts/video/webvtt';
import { MESSAGES } from '../../src/lib/locale/allMessages';
import { localeFor } from '../../src/lib/locale/locale';

const english = loadEdition('en', undefined, () => {});
const SIZE = { width: 360, height: 640 };

/** The top-level boxes of an MP4 file, in order. */
function boxes(file: Buffer): string[] {
	const names: string[] = [];
	for (let at = 0; at + 8 <= file.length;) {
		const size = file.readUInt32BE(at);
		names.push(file.toString('latin1', at + 4, at + 8));
		if (size < 8) break;
		at += size;
	}
	return names;
}

/** One frame at `seconds`, as grey levels. */
function frameAt(video: string, seconds: number): Buffer {
	return execFileSync('ffmpeg', [
		...['-v', 'error', '-ss', seconds.toFixed(3), '-i', video, '-frames:v', '1'],
		...['-f', 'rawvideo', '-pix_fmt', 'gray', '-']
	]);
}

test('two steps as a video: H.264 at the size and rate asked, timed by the reading rule, captioned in order', async () => {
	test.setTimeout(600_000);
	const toured = english.story.steps.filter((s) => !s.explore).slice(1, 3);
	const out = test.info().outputPath('video');
	execFileSync(
		'npx',
		[
			...['tsx', 'scripts/video.ts', '--no-build', '--lang', 'en'],
			...[
				'--size',
				`${SIZE.width}x${SIZE.height}`,
				'--steps',
				toured.map((s) => s.id).join(','),
				'--out',
				out
			]
		],
		{ stdio: 'inherit' }
	);
	const video = join(out, `en-${SIZE.width}x${SIZE.height}.mp4`);

	const probe = JSON.parse(
		execFileSync(
			'ffprobe',
			['-v', 'error', '-print_format', 'json', '-show_streams', '-show_format', video],
			{
				encoding: 'utf8'
			}
		)
	);
	const stream = probe.streams.find((s: { codec_type: string }) => s.codec_type === 'video');
	expect(stream).toMatchObject({ codec_name: 'h264', pix_fmt: 'yuv420p', ...SIZE, r_frame_rate: '30/1' });
	// The index before the media: a browser plays it before it has all arrived.
	const order = boxes(readFileSync(video));
	expect(order.indexOf('moov')).toBeGreaterThan(-1);
	expect(order.indexOf('moov')).toBeLessThan(order.indexOf('mdat'));

	// The reading rule holds every card; the one flight between the two steps adds at most its longest.
	const locale = localeFor('en', MESSAGES.en);
	const { shots } = editionPlan(english.story, locale, {
		orientation: 'vertical',
		steps: toured.map((s) => s.id)
	});
	const holds = shots.reduce((sum, shot) => sum + shot.hold, 0);
	const duration = Number(probe.format.duration);
	expect(duration).toBeGreaterThanOrEqual(holds - 0.2);
	expect(duration).toBeLessThanOrEqual(holds + FLIGHT.maxDuration / 1000 + 0.5);

	// The captions: the title, the two steps in story order, the credits, back to back, with the card's words.
	const cues = parseWebVtt(readFileSync(video.replace(/\.mp4$/, '.vtt'), 'utf8'));
	expect(cues).toHaveLength(shots.length);
	const stepCues = cues.slice(1, -1);
	expect(stepCues.map((cue) => cue.text.split('\n')[1])).toEqual(toured.map((s) => s.title));
	for (const [i, cue] of cues.entries()) {
		expect(cue.end - cue.start).toBeGreaterThanOrEqual(holdSeconds(cue.text) - 0.05);
		if (i > 0) expect(cue.start).toBeCloseTo(cues[i - 1].end, 2);
		if (shots[i].card.kind === 'step') expect(cue.text).toBe(cardWords(shots[i].card));
	}
	expect(cues.at(-1)!.end).toBeCloseTo(duration, 0);

	// Each step's frame shows its own map and caption.
	const [first, second] = stepCues.map((cue) => frameAt(video, cue.end - 0.5));
	let differing = 0;
	for (let i = 0; i < first.length; i++) if (Math.abs(first[i] - second[i]) > 24) differing += 1;
	expect(differing / first.length).toBeGreaterThan(0.05);
});

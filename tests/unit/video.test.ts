import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../../src/lib/locale/allMessages';
import { localeFor } from '../../src/lib/locale/locale';
import { loadEdition } from '../../src/lib/server/editions';
import { plainText } from '../../src/lib/story/inline';
import { videoLayout } from '../../scripts/video/layout';
import { parseVideoArgs, videoSize } from '../../scripts/video/options';
import {
	CAPTION_CHARS,
	READING,
	cardWords,
	editionPlan,
	holdSeconds,
	shortText,
	tourSteps,
	videoPlan
} from '../../scripts/video/plan';
import { progressLine } from '../../scripts/video/progress';
import { parseWebVtt, toWebVtt } from '../../scripts/video/webvtt';

const editions = (['en', 'fa'] as const).map((lang) => loadEdition(lang, undefined, () => {}));
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

describe("the video's captions", () => {
	it.each(editions.map((e) => [e.lang, e] as const))(
		"%s: each caption is the step text's opening sentences, whole, within the limit unless one sentence is longer",
		(lang, content) => {
			for (const step of content.story.steps) {
				const text = squash(step.body.map(plainText).join(' '));
				const sentences = [...new Intl.Segmenter(lang, { granularity: 'sentence' }).segment(text)].map((s) =>
					s.segment.trim()
				);
				for (const orientation of ['vertical', 'landscape'] as const) {
					const caption = shortText(step, lang, CAPTION_CHARS[orientation]);
					expect(text.startsWith(caption), `${lang} ${step.id}`).toBe(true);
					// It ends where a sentence ends.
					const count = sentences.findIndex((_, i) => sentences.slice(0, i + 1).join(' ') === caption) + 1;
					expect(count, `${lang} ${step.id}: "${caption}" is whole sentences`).toBeGreaterThan(0);
					if (count > 1) expect([...caption].length).toBeLessThanOrEqual(CAPTION_CHARS[orientation]);
					// And the next sentence would not have fitted.
					if (count < sentences.length)
						expect([...`${caption} ${sentences[count]}`].length).toBeGreaterThan(CAPTION_CHARS[orientation]);
				}
			}
		}
	);

	it('holds each card by the reading-speed rule', () => {
		expect(holdSeconds('short')).toBe(READING.minSeconds);
		const long = 'x'.repeat(300);
		expect(holdSeconds(long)).toBeCloseTo(READING.noticeSeconds + 300 / READING.charsPerSecond);
		expect(holdSeconds(`${long} more`)).toBeGreaterThan(holdSeconds(long));
	});
});

describe("the video's plan", () => {
	const english = editions[0];
	const locale = localeFor('en', MESSAGES.en);
	const plan = (steps?: string[]) =>
		videoPlan(english.story, {
			lang: 'en',
			orientation: 'vertical',
			steps,
			stepDate: (step) => locale.stepDate(step),
			credits: 'Map data: Natural Earth',
			address: 'https://example.org/story/'
		});

	it('tours every step the reader does not explore, between the title and the credits', () => {
		const { steps, shots } = plan();
		const toured = english.story.steps.filter((s) => !s.explore);
		expect(steps.map((s) => s.id)).toEqual(toured.map((s) => s.id));
		expect(shots[0].card).toMatchObject({ kind: 'title', title: english.story.title });
		expect(shots.at(-1)!.card).toMatchObject({ kind: 'credits', address: 'https://example.org/story/' });
		expect(shots.slice(1, -1).map((s) => s.card.kind === 'step' && s.card.stepId)).toEqual(
			toured.map((s) => s.id)
		);
		for (const shot of shots) expect(shot.hold).toBe(holdSeconds(cardWords(shot.card)));
	});

	it('tours a range in story order, and names an unknown step', () => {
		const [a, b] = english.story.steps.filter((s) => !s.explore);
		expect(plan([b.id, a.id]).steps.map((s) => s.id)).toEqual([a.id, b.id]);
		expect(() => tourSteps(english.story, [a.id, 'nowhere'])).toThrow(/--steps: no step "nowhere"/);
	});

	it("ends on each edition's own address and the story's credits", () => {
		for (const content of editions) {
			const { shots } = editionPlan(content.story, localeFor(content.lang, MESSAGES[content.lang]), {
				orientation: 'landscape',
				site: 'https://news.example/graphics/'
			});
			expect(shots.at(-1)!.card).toEqual({
				kind: 'credits',
				credits: content.story.credits.map(plainText).join(' '),
				address: `https://news.example/graphics/${content.lang === 'en' ? '' : `${content.lang}/`}`
			});
		}
	});

	it('captions each step with its date and title', () => {
		const { shots } = plan();
		const dated = english.story.steps.find((s) => s.date && !s.explore)!;
		const words = cardWords(shots.find((s) => s.card.kind === 'step' && s.card.stepId === dated.id)!.card);
		expect(words.split('\n').slice(0, 2)).toEqual([locale.stepDate(dated), dated.title]);
	});
});

describe('captions files', () => {
	it('reads back what it writes, escapes included, in either direction', () => {
		const cues = [
			{ start: 0, end: 4.5, text: 'A & B <b>\nline two' },
			{ start: 4.5, end: 3725.25, text: editions[1].story.title }
		];
		const vtt = toWebVtt(cues, 'fa');
		expect(vtt.startsWith('WEBVTT')).toBe(true);
		expect(vtt).toContain('01:02:05.250');
		expect(parseWebVtt(vtt)).toEqual(cues);
	});

	it('names what is wrong with a file that is not WebVTT', () => {
		expect(() => parseWebVtt('1\n00:00:01.000 --> 00:00:02.000\nhi')).toThrow(/line 1/);
		expect(() => parseWebVtt('WEBVTT\n\n00:00:03.000 --> 00:00:02.000\nhi')).toThrow(/ends before it starts/);
	});
});

describe('video options', () => {
	it('makes both editions at both sizes unless told otherwise', () => {
		const options = parseVideoArgs([]);
		expect(options.langs).toEqual(['en', 'fa']);
		expect(options.sizes.map((s) => [s.width, s.height, s.orientation, s.scale])).toEqual([
			[1080, 1920, 'vertical', 2],
			[1920, 1080, 'landscape', 2]
		]);
		const one = parseVideoArgs(['--steps', 'a, b', '--size', '360x640', '--lang', 'fa', '--no-build']);
		expect(one).toMatchObject({ langs: ['fa'], steps: ['a', 'b'], build: false });
		expect(one.sizes[0]).toMatchObject({ width: 360, height: 640, orientation: 'vertical', scale: 1 });
	});

	it('names a wrong option and what is allowed', () => {
		expect(() => videoSize('361x640')).toThrow(/even sides/);
		expect(() => videoSize('square')).toThrow(/vertical, landscape or WIDTHxHEIGHT/);
		expect(() => parseVideoArgs(['--lang', 'de'])).toThrow(/"de" is not an edition \(en, fa\)/);
		expect(() => parseVideoArgs(['--fps', '60'])).toThrow(/Unknown option "--fps"/);
		expect(() => parseVideoArgs(['--steps'])).toThrow(/--steps needs a value/);
	});

	it('keeps the card off the places: a phone overlay when vertical, a text column when landscape', () => {
		const vertical = videoLayout({ width: 540, height: 960 }, 'vertical', 'ltr');
		expect(vertical.padding.bottom).toBeGreaterThan(960 * 0.4);
		const landscape = videoLayout({ width: 960, height: 540 }, 'landscape', 'rtl');
		expect(landscape.padding.right).toBeGreaterThan(landscape.padding.left);
		expect(() => videoLayout({ width: 640, height: 360 }, 'landscape', 'ltr')).toThrow(/wider than 767/);
	});
});

describe('the progress line', () => {
	it('says where it is, what is made and about how long is left', () => {
		expect(
			progressLine({ label: 'en vertical', done: 3, total: 12, frames: 900, fps: 30, elapsedMs: 60_000 })
		).toBe('en vertical: card 3 of 12 · 900 frames (0:30 of video) · about 3:00 left');
	});
});

describe('the encoder', () => {
	it('says what to install when ffmpeg is missing', async () => {
		const { checkEncoder } = await import('../../scripts/video/encoder');
		expect(() => checkEncoder('/nowhere/ffmpeg')).toThrow(/apt-get install ffmpeg/);
	});
});

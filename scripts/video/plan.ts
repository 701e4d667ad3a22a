/**
 * The video's script: which cards it shows, in what order, with what words and
 * for how long. Pure: the renderer and the captions file both follow it, so
 * the words on screen and in the captions are the same.
 */
import { langParam, type Lang } from '../../src/lib/locale/editions.ts';
import type { Locale } from '../../src/lib/locale/locale.ts';
import type { Story, Step } from '../../src/lib/story/types.ts';
import { plainText } from '../../src/lib/story/inline.ts';

export const FPS = 30;

/**
 * The reading-speed rule. Captions are read at about 15 characters a second
 * (the pace broadcasters and streaming services subtitle at); a card holds
 * one second to notice it, then its characters at that pace, never less than
 * three seconds.
 */
export const READING = { charsPerSecond: 15, noticeSeconds: 1, minSeconds: 3 } as const;

/** How many characters of a step's text a caption carries at most (whole sentences; always at least one). */
export const CAPTION_CHARS = { vertical: 200, landscape: 260 } as const;

export type Orientation = keyof typeof CAPTION_CHARS;

export type Card =
	| { kind: 'title'; title: string; byline: string }
	| { kind: 'step'; stepId: string; date?: string; title: string; text: string }
	| { kind: 'credits'; credits: string; address?: string };

/** One card of the video and the camera under it: `step` is the index into the plan's steps. */
export interface Shot {
	card: Card;
	/** The step whose camera and layers are shown (the flight to it comes first, when it is not the shot before's). */
	step: number;
	/** Seconds the card holds once the camera has arrived. */
	hold: number;
}

/** The seconds a card holds: the reading-speed rule over the words shown. */
export function holdSeconds(words: string): number {
	const chars = [...words.replace(/\s+/g, ' ').trim()].length;
	return Math.max(READING.minSeconds, READING.noticeSeconds + chars / READING.charsPerSecond);
}

/** The words a card shows, joined as they are read (the captions file carries the same). */
export function cardWords(card: Card): string {
	if (card.kind === 'title') return [card.title, card.byline].filter(Boolean).join('\n');
	if (card.kind === 'step') return [card.date, card.title, card.text].filter(Boolean).join('\n');
	return [card.credits, card.address].filter(Boolean).join('\n');
}

/**
 * A step's text shortened for a caption: its first sentences, whole, up to
 * `limit` characters (at least the first one, however long: a sentence is
 * never cut, so quotes and attributions stay as written).
 */
export function shortText(step: Pick<Step, 'body'>, lang: string, limit: number): string {
	const text = step.body.map(plainText).join(' ');
	const sentences = [...new Intl.Segmenter(lang, { granularity: 'sentence' }).segment(text)].map((s) =>
		s.segment.trim()
	);
	let caption = '';
	for (const sentence of sentences.filter(Boolean)) {
		const next = caption ? `${caption} ${sentence}` : sentence;
		if (caption && [...next].length > limit) break;
		caption = next;
	}
	return caption;
}

export interface PlanOptions {
	lang: string;
	orientation: Orientation;
	/** Only these step ids, in story order; by default every step but the reader's explore step. */
	steps?: string[];
	/** A step's date as the edition writes it. */
	stepDate: (step: Step) => string | undefined;
	/** The story's address, for the last card. */
	address?: string;
	/** The credits line (map data and the like), as plain text. */
	credits: string;
}

/** The steps a video tours, in story order. Unknown ids are an error that names them. */
export function tourSteps(story: Pick<Story, 'steps'>, ids?: string[]): Step[] {
	if (!ids) return story.steps.filter((step) => !step.explore);
	const known = new Set(story.steps.map((step) => step.id));
	const unknown = ids.filter((id) => !known.has(id));
	if (unknown.length)
		throw new Error(
			`--steps: no step ${unknown.map((id) => `"${id}"`).join(', ')} in the story (its steps: ${[...known].join(', ')})`
		);
	return story.steps.filter((step) => ids.includes(step.id));
}

/**
 * The video's shots: the story's title over the first step's map, each step
 * with its caption, the credits over the last step's map.
 */
export function videoPlan(story: Pick<Story, 'title' | 'byline' | 'steps'>, options: PlanOptions) {
	const steps = tourSteps(story, options.steps);
	const limit = CAPTION_CHARS[options.orientation];
	const shot = (card: Card, step: number): Shot => ({ card, step, hold: holdSeconds(cardWords(card)) });
	const shots: Shot[] = [
		shot({ kind: 'title', title: story.title, byline: story.byline }, 0),
		...steps.map((step, index) =>
			shot(
				{
					kind: 'step',
					stepId: step.id,
					date: options.stepDate(step),
					title: step.title,
					text: shortText(step, options.lang, limit)
				},
				index
			)
		),
		shot({ kind: 'credits', credits: options.credits, address: options.address }, steps.length - 1)
	];
	return { steps, shots };
}

/**
 * An edition's video plan: its dates as the edition writes them, its credits
 * line, and, when the site's address is known, the edition's address last.
 */
export function editionPlan(
	story: Pick<Story, 'title' | 'byline' | 'steps' | 'credits'>,
	locale: Pick<Locale, 'lang' | 'stepDate'>,
	{ orientation, steps, site }: { orientation: Orientation; steps?: string[]; site?: string }
) {
	const lang: Lang = locale.lang;
	const root = site?.replace(/\/+$/, '');
	return videoPlan(story, {
		lang,
		orientation,
		steps,
		stepDate: (step) => locale.stepDate(step),
		credits: story.credits.map(plainText).join(' '),
		address: root && `${root}/${langParam(lang) ? `${langParam(lang)}/` : ''}`
	});
}

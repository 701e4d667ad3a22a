import type { Figure, Paragraph, Place, Source, Story } from './types.ts';

/**
 * Text of the other direction inside a paragraph (an English quotation in a
 * Persian sentence) is set apart with Unicode isolates, so the bidirectional
 * algorithm lays it out on its own: without them, the quotation's closing
 * punctuation takes the paragraph's direction and lands at its wrong end
 * (`".We delivered it privately"`). Isolates work in every place a story's
 * words go (HTML, attributes, link previews, JSON, images' text) where a
 * `<bdi>` element would work only in HTML.
 */

const LRI = '\u2066';
const RLI = '\u2067';
const PDI = '\u2069';

const RTL_SCRIPT = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;
const LETTER = /\p{L}/u;

type Strong = 'ltr' | 'rtl' | null;

/** The bidirectional class of a character, as far as isolating runs needs it: strong left, strong right, or neither. */
function strongOf(char: string): Strong {
	if (RTL_SCRIPT.test(char)) return LETTER.test(char) ? 'rtl' : null;
	return LETTER.test(char) ? 'ltr' : null;
}

const OPENING = '"“‘\'(«';
const CLOSING: Record<string, string> = { '"': '"', '“': '”', '‘': '’', "'": "'", '(': ')', '«': '»' };
const TRAILING_PUNCTUATION = /^[.,;:!?…]*/u;

/**
 * `text` with every run written in the direction opposite to `dir` wrapped in
 * isolates. A run starts and ends with a letter of that direction and holds
 * nothing of the paragraph's own; a run in quotation marks or brackets takes
 * them, and the punctuation inside them, with it. Text already isolated is
 * returned as it is, so the function can be applied twice.
 */
export function isolateOtherDirection(text: string, dir: 'ltr' | 'rtl'): string {
	if (text.includes(PDI)) return text;
	const other: Strong = dir === 'rtl' ? 'ltr' : 'rtl';
	const open = dir === 'rtl' ? LRI : RLI;
	const chars = [...text];
	const strong = chars.map(strongOf);
	let out = '';
	let index = 0;
	while (index < chars.length) {
		if (strong[index] !== other) {
			out += chars[index++];
			continue;
		}
		let end = index;
		for (let next = index; next < chars.length && strong[next] !== (dir as Strong); next++)
			if (strong[next] === other) end = next;
		let start = index;
		let stop = end + 1;
		const before = chars[start - 1];
		if (before && OPENING.includes(before)) {
			const rest = chars.slice(stop).join('');
			const punctuation = rest.match(TRAILING_PUNCTUATION)![0];
			const closing = [...rest.slice(punctuation.length)][0];
			if (closing === CLOSING[before]) {
				out = out.slice(0, -before.length);
				start -= 1;
				stop += [...punctuation].length + 1;
			}
		}
		out += open + chars.slice(start, stop).join('') + PDI;
		index = stop;
	}
	return out;
}

/** The text with its isolates taken out: for comparing words, and for places that lay text out themselves. */
export function withoutIsolates(text: string): string {
	return text.replace(/[\u2066-\u2069]/g, '');
}

type Dir = 'ltr' | 'rtl';

function isolateParagraphs(paragraphs: Paragraph[], dir: Dir): Paragraph[] {
	return paragraphs.map((tokens) =>
		tokens.map((token) => ({ ...token, text: isolateOtherDirection(token.text, dir) }))
	);
}

function isolateSources(sources: Source[], dir: Dir): Source[] {
	const isolate = (value: string | undefined) => value && isolateOtherDirection(value, dir);
	return sources.map((source) => ({ ...source, title: isolate(source.title), date: isolate(source.date) }));
}

/**
 * The story's prose with the other direction's runs isolated: step texts,
 * titles, descriptions, the updates log, sources and credits. Names the map
 * draws (arc labels) are left as they are: the map lays its labels out itself.
 */
export function isolateStory(story: Story, dir: Dir): Story {
	const isolate = (value: string) => isolateOtherDirection(value, dir);
	return {
		...story,
		title: isolate(story.title),
		dek: isolate(story.dek),
		byline: isolate(story.byline),
		credits: isolateParagraphs(story.credits, dir),
		updates: story.updates.map((update) => ({
			...update,
			change: isolate(update.change),
			why: isolate(update.why),
			source: isolate(update.source)
		})),
		sources: isolateSources(story.sources, dir),
		steps: story.steps.map((step) => ({
			...step,
			title: isolate(step.title),
			dateLabel: step.dateLabel && isolate(step.dateLabel),
			mapDescription: isolate(step.mapDescription),
			body: isolateParagraphs(step.body, dir)
		}))
	};
}

/** The places' prose with the other direction's runs isolated; their names, which the map draws, as they are. */
export function isolatePlaces(places: Place[], dir: Dir): Place[] {
	const isolate = (value: string) => isolateOtherDirection(value, dir);
	return places.map((place) => ({
		...place,
		summary: isolate(place.summary),
		precisionNote: place.precisionNote && isolate(place.precisionNote),
		figures: place.figures?.map((figure): Figure =>
			typeof figure === 'string'
				? isolate(figure)
				: { ...figure, text: isolate(figure.text), source: figure.source && isolate(figure.source) }
		),
		sources: isolateSources(place.sources, dir)
	}));
}

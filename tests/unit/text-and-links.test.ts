import { describe, expect, it } from 'vitest';
import { formatDate, isIsoDate } from '../../src/lib/story/dates.ts';
import { stepFromUrl, urlForStep } from '../../src/lib/story/deepLink.ts';
import { parseInline, parseParagraphs } from '../../src/lib/story/inline.ts';
import { isolateOtherDirection, withoutIsolates } from '../../src/lib/story/bidi.ts';
import { parseArcs } from '../../src/lib/story/parseStory.ts';
import { activeAtLine } from '../../src/lib/scrolly/scroller.ts';

describe('inline text', () => {
	it('turns links, strong and emphasis into tokens and leaves HTML as text', () => {
		expect(parseInline('See [AP](https://apnews.com), **95** *dead* <b>x</b>')).toEqual([
			{ type: 'text', text: 'See ' },
			{ type: 'link', text: 'AP', href: 'https://apnews.com' },
			{ type: 'text', text: ', ' },
			{ type: 'strong', text: '95' },
			{ type: 'text', text: ' ' },
			{ type: 'em', text: 'dead' },
			{ type: 'text', text: ' <b>x</b>' }
		]);
	});

	it('splits paragraphs on blank lines and joins wrapped lines', () => {
		expect(parseParagraphs('One\nline.\n\n  Two.  \n')).toEqual([
			[{ type: 'text', text: 'One line.' }],
			[{ type: 'text', text: 'Two.' }]
		]);
	});
});

describe('text of the other direction', () => {
	const LRI = '\u2066';
	const RLI = '\u2067';
	const PDI = '\u2069';

	it('isolates an English quotation in a Persian sentence with its marks and its full stop', () => {
		const text = 'او گفت: "We delivered it privately." (برگردان)';
		expect(isolateOtherDirection(text, 'rtl')).toBe(
			`او گفت: ${LRI}"We delivered it privately."${PDI} (برگردان)`
		);
	});

	it('isolates a bare run without taking the sentence’s punctuation, and a Persian run in English', () => {
		expect(isolateOtherDirection('با MapLibre 6، ترسیم شد.', 'rtl')).toBe(
			`با ${LRI}MapLibre${PDI} 6، ترسیم شد.`
		);
		expect(isolateOtherDirection('The Martyrs’ Cemetery (گلزار شهدا), Kerman.', 'ltr')).toBe(
			`The Martyrs’ Cemetery ${RLI}(گلزار شهدا)${PDI}, Kerman.`
		);
		expect(isolateOtherDirection('All in one direction, 2024.', 'ltr')).toBe('All in one direction, 2024.');
	});

	it('can be applied twice and taken out again', () => {
		const text = 'نقل‌قول "We delivered it privately." از او';
		const once = isolateOtherDirection(text, 'rtl');
		expect(isolateOtherDirection(once, 'rtl')).toBe(once);
		expect(withoutIsolates(once)).toBe(text);
	});
});

describe('dates', () => {
	it('accepts real ISO dates only and formats them the same everywhere', () => {
		expect(isIsoDate('2024-01-03')).toBe(true);
		expect(isIsoDate('2023-02-29')).toBe(false);
		expect(isIsoDate('3 Jan 2024')).toBe(false);
		expect(formatDate('2020-01-03')).toBe('3 Jan 2020');
	});
});

describe('arcs syntax', () => {
	it('reads routes, schematic routes and labels', () => {
		expect(parseArcs('a -> b: Label one; c ~> d')).toEqual({
			arcs: [
				{ id: 'a--b', from: 'a', to: 'b', label: 'Label one', schematic: false },
				{ id: 'c--d', from: 'c', to: 'd', label: undefined, schematic: true }
			],
			problems: []
		});
	});
});

describe('deep links', () => {
	const ids = ['overview', 'kerman', 'baghdad'];
	const at = (path: string) => new URL(path, 'https://example.org/story/');

	it('reads ?step= first, then #id', () => {
		expect(stepFromUrl(at('?step=kerman#baghdad'), ids)).toEqual({ index: 1, requested: 'kerman' });
		expect(stepFromUrl(at('#baghdad'), ids)).toEqual({ index: 2, requested: 'baghdad' });
		expect(stepFromUrl(at(''), ids)).toEqual({ index: 0 });
	});

	it('reports an unknown ?step= and ignores hashes that name other things', () => {
		expect(stepFromUrl(at('?step=nope'), ids)).toEqual({ index: 0, unknown: 'nope' });
		expect(stepFromUrl(at('#place-kerman-city'), ids)).toEqual({ index: 0 });
	});

	it('writes ?step= keeping other parameters and dropping the hash', () => {
		expect(urlForStep(at('?utm=x#kerman'), 'baghdad').href).toBe(
			'https://example.org/story/?utm=x&step=baghdad'
		);
	});
});

describe('the active step is a function of the trigger line alone', () => {
	// Sections with gaps between them, as cards with margins have.
	const sections = [
		{ top: 1000, bottom: 1800 },
		{ top: 2000, bottom: 2600 },
		{ top: 3000, bottom: 3900 },
		{ top: 4000, bottom: 4500 }
	];

	it('above the first section, the first step; below the last, the last', () => {
		expect(activeAtLine(sections, 0)).toBe(0);
		expect(activeAtLine(sections, 999)).toBe(0);
		expect(activeAtLine(sections, 4500)).toBe(3);
		expect(activeAtLine(sections, 1e7)).toBe(3);
	});

	it('inside a section, that step; in a gap, the step above the line', () => {
		expect(activeAtLine(sections, 1000)).toBe(0);
		expect(activeAtLine(sections, 2300)).toBe(1);
		expect(activeAtLine(sections, 1900)).toBe(0);
		expect(activeAtLine(sections, 2800)).toBe(1);
		expect(activeAtLine(sections, 3999)).toBe(2);
	});

	it('gives the same answer in any order of lines (no memory)', () => {
		const lines = [4200, 0, 2300, 1e7, 1900, 3100, 1000];
		const inOrder = [...lines]
			.sort((a, b) => a - b)
			.map((line): [number, number] => [line, activeAtLine(sections, line)]);
		const scrambled = lines.map((line): [number, number] => [line, activeAtLine(sections, line)]);
		expect(new Map(scrambled)).toEqual(new Map(inOrder));
		expect(activeAtLine([], 500)).toBe(0);
	});

	it('agrees with a linear scan on a long story', () => {
		const long = Array.from({ length: 1000 }, (_, i) => ({ top: i * 100 + 10, bottom: i * 100 + 90 }));
		for (const line of [0, 5, 10, 95, 50_000, 99_950, 200_000]) {
			let expected = 0;
			long.forEach((box, index) => {
				if (box.top <= line) expected = index;
			});
			expect(activeAtLine(long, line), String(line)).toBe(expected);
		}
	});
});

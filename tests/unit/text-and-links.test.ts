import { describe, expect, it } from 'vitest';
import { formatDate, isIsoDate } from '../../src/lib/story/dates.ts';
import { stepFromUrl, urlForStep } from '../../src/lib/story/deepLink.ts';
import { parseInline, parseParagraphs } from '../../src/lib/story/inline.ts';
import { parseArcs } from '../../src/lib/story/parseStory.ts';
import { activeIndex, rootMarginFor } from '../../src/lib/scrolly/scroller.ts';

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

describe('scroller logic', () => {
	it('shrinks the root to a thin band at the trigger line', () => {
		expect(rootMarginFor(0.5)).toBe('-50.00% 0px -49.00% 0px');
		expect(rootMarginFor(0.65)).toBe('-65.00% 0px -34.00% 0px');
	});

	it('picks the last crossing section, or keeps the previous one', () => {
		expect(activeIndex(new Set([2, 3]), 0)).toBe(3);
		expect(activeIndex(new Set(), 4)).toBe(4);
	});
});

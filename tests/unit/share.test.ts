import { describe, expect, it, vi } from 'vitest';
import { renderStaticMap } from '../../src/lib/geo/staticMap.ts';
import { shareCardSvg, wrapLines } from '../../src/lib/geo/shareCard.ts';
import { PALETTES } from '../../src/lib/geo/palette.ts';
import { MESSAGES } from '../../src/lib/locale/allMessages.ts';
import { localeFor } from '../../src/lib/locale/locale.ts';
import { loadContent } from '../../src/lib/server/content.ts';
import { loadEdition } from '../../src/lib/server/editions.ts';
import { shareCardFor } from '../../src/lib/server/shareImage.ts';
import { siteRoot, siteRootFrom } from '../../src/lib/server/site.ts';
import { staticMapInputFor } from '../../src/lib/server/staticMaps.ts';
import { placeOnPage, storyForSharePage, storyOnPage } from '../../src/lib/story/reading.ts';
import {
	excerpt,
	SHARE_IMAGE_SIZE,
	sharePagePath,
	storyAtStepFromSharePage
} from '../../src/lib/story/share.ts';

const content = loadContent();
const fa = loadEdition('fa', undefined, () => {});

describe('SITE_URL', () => {
	it('gives the site root for an origin, or an origin with the base path', () => {
		expect(siteRootFrom({ SITE_URL: 'https://news.example' })?.href).toBe('https://news.example/');
		expect(siteRootFrom({ SITE_URL: 'https://news.example/' })?.href).toBe('https://news.example/');
		expect(siteRootFrom({ SITE_URL: 'https://news.example', BASE_PATH: '/graphics/kerman' })?.href).toBe(
			'https://news.example/graphics/kerman/'
		);
		expect(
			siteRootFrom({ SITE_URL: 'https://news.example/graphics/kerman/', BASE_PATH: '/graphics/kerman' })?.href
		).toBe('https://news.example/graphics/kerman/');
		expect(siteRootFrom({})).toBeNull();
		expect(siteRootFrom({ SITE_URL: ' ' })).toBeNull();
	});

	it('stops the build on an address it cannot use, saying why', () => {
		expect(() => siteRootFrom({ SITE_URL: 'news.example' })).toThrow(
			/SITE_URL "news.example" is not an absolute URL/
		);
		expect(() => siteRootFrom({ SITE_URL: 'ftp://news.example' })).toThrow(/must start with https/);
		expect(() => siteRootFrom({ SITE_URL: 'https://news.example/?a=1' })).toThrow(/query/);
		expect(() => siteRootFrom({ SITE_URL: 'https://news.example/other', BASE_PATH: '/graphics' })).toThrow(
			/path "\/other" but BASE_PATH is "\/graphics"/
		);
	});

	it('says once, not per page, that the absolute tags are left out', () => {
		const warn = vi.fn();
		for (let i = 0; i < 3; i++) expect(siteRoot({}, warn)).toBeNull();
		expect(warn).toHaveBeenCalledTimes(1);
		expect(warn.mock.calls[0][0]).toMatch(/SITE_URL is not set.*og:image/);
	});
});

describe('share pages', () => {
	it('carry the story with their one step and its places, whatever the story’s size', () => {
		const story = storyOnPage(content.story);
		const places = content.places.map(placeOnPage);
		story.steps.forEach((step, index) => {
			const page = storyForSharePage(story, places, index);
			expect(page.story.steps).toEqual([step]);
			expect(page.story.title).toBe(story.title);
			expect(page.places.map((place) => place.id).sort()).toEqual([...step.focus].sort());
		});
	});

	it('send the reader to their own edition’s story at the step, under any base path', () => {
		for (const base of ['https://news.example/', 'https://news.example/graphics/kerman/'])
			for (const edition of [undefined, 'fa'])
				for (const step of content.story.steps) {
					const page = new URL(`${sharePagePath(step.id, edition)}/`, base);
					expect(new URL(storyAtStepFromSharePage(step.id), page).href).toBe(
						`${base}${edition ? `${edition}/` : ''}#${step.id}`
					);
				}
	});
});

describe('the share card', () => {
	it('wraps words to the width and ends a cut text with an ellipsis', () => {
		const lines = wrapLines('one two three four five six seven eight nine ten', 100, 20, 2);
		expect(lines).toHaveLength(2);
		expect(lines[1].endsWith('…')).toBe(true);
		for (const line of lines) expect(line.length).toBeLessThanOrEqual(Math.floor(100 / (20 * 0.56)));
		expect(wrapLines('short', 300, 20, 3)).toEqual(['short']);
		// A part in brackets moves to the next line whole when it fits one.
		expect(wrapLines('a date (with its twin)', 200, 20, 3)).toEqual(['a date', '(with its twin)']);
		// One longer than a line breaks like any words.
		expect(wrapLines('a (very long aside in brackets)', 100, 20, 5)).toEqual([
			'a (very',
			'long',
			'aside in',
			'brackets)'
		]);
	});

	it("is 1200×630 and holds the step's own static map, with its title, date and the story title", async () => {
		for (const step of content.story.steps) {
			const svg = await shareCardFor(content, step.id);
			expect(svg).toContain(`viewBox="0 0 ${SHARE_IMAGE_SIZE.width} ${SHARE_IMAGE_SIZE.height}"`);
			const map = renderStaticMap(staticMapInputFor(content, step.id));
			// Everything after the map's opening tag is drawn unchanged inside the card.
			expect(svg).toContain(map.slice(map.indexOf('>') + 1));
			const words = (text: string) => text.split(' ')[0];
			expect(svg).toContain(words(step.title));
			expect(svg).toContain(words(content.story.title));
			if (step.date) expect(svg).toContain(step.date.slice(0, 4));
		}
		// Draws every step's map: seconds on a busy machine.
	}, 60_000);

	/** The card's own lines (its map's are inside the nested <svg>), with their anchoring. */
	const cardLines = (svg: string) =>
		[
			.../<g font-family="Vazirmatn, sans-serif">(.*?)<\/g>/
				.exec(svg)![1]
				.matchAll(/<text x="([\d.]+)" y="[\d.]+"( text-anchor="end")? ([^>]*)>([^<]*)<\/text>/g)
		].map(([, x, end, attributes, text]) => ({ x: Number(x), end: Boolean(end), attributes, text }));
	const mapBox = (svg: string) => {
		const [, x, width] = /<svg [^>]*x="(\d+)" y="\d+" width="(\d+)"/.exec(svg)!.map(Number);
		return { left: x, right: x + width };
	};

	it('is mirrored in the Persian edition: the map on the left, the text aligned to the right of the panel', async () => {
		for (const step of fa.story.steps) {
			const svg = await shareCardFor(fa, step.id);
			const map = renderStaticMap(staticMapInputFor(fa, step.id));
			expect(svg).toContain(map.slice(map.indexOf('>') + 1));
			const { left, right } = mapBox(svg);
			expect(left, step.id).toBeLessThan(SHARE_IMAGE_SIZE.width - right);
			const lines = cardLines(svg);
			expect(lines.length, step.id).toBeGreaterThanOrEqual(3);
			const edge = lines[0].x;
			for (const line of lines) {
				expect(line.end, `${step.id}: ${line.text}`).toBe(true);
				expect(line.x, `${step.id}: ${line.text}`).toBe(edge);
			}
			expect(edge).toBeGreaterThan(right);
			expect(edge).toBeLessThan(SHARE_IMAGE_SIZE.width);
		}
		// The original is not mirrored: the map on the right, the text starting at the panel's left.
		const english = await shareCardFor(content, content.story.steps[0].id);
		expect(cardLines(english).length).toBeGreaterThan(0);
		for (const line of cardLines(english)) {
			expect(line.end).toBe(false);
			expect(line.x).toBeLessThan(mapBox(english).left);
		}
	}, 60_000);

	it('dates the Persian card as the edition does, in Persian digits', async () => {
		const dated = fa.story.steps.filter((step) => step.date);
		expect(dated.length).toBeGreaterThan(0);
		for (const step of dated) {
			const date = cardLines(await shareCardFor(fa, step.id))
				.filter((line) => line.attributes.includes('font-weight="600"'))
				.map((line) => line.text.replace(/\p{Cf}/gu, (c) => (c === '\u200c' ? c : '')))
				.join(' ');
			expect(date, step.id).toBe(localeFor('fa', MESSAGES.fa).stepDate(step));
			expect(date, step.id).toMatch(/[۰-۹]/);
			expect(date, step.id).not.toMatch(/[0-9]/);
		}
	}, 60_000);

	it("keeps the map's proportions inside the card", () => {
		const svg = shareCardSvg({
			mapSvg: '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 960 640" width="960" height="640"></svg>',
			mapSize: { width: 960, height: 640 },
			storyTitle: 'Story',
			stepTitle: 'Step',
			credit: 'Desk',
			lang: 'en',
			palette: PALETTES.light
		});
		const [, width, height] = /<svg [^>]*width="(\d+)" height="(\d+)"><\/svg>/.exec(svg)!.map(Number);
		expect(width / height).toBeCloseTo(960 / 640, 2);
		expect(height).toBeLessThanOrEqual(SHARE_IMAGE_SIZE.height);
	});
});

describe('preview descriptions', () => {
	it('cut long text at a word, with an ellipsis, and leave short text alone', () => {
		const long = 'word '.repeat(100).trim();
		const cut = excerpt(long, 50);
		expect(cut.length).toBeLessThanOrEqual(50);
		expect(cut.endsWith('word…')).toBe(true);
		expect(excerpt('short text', 50)).toBe('short text');
	});
});

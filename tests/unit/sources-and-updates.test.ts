import { describe, expect, it } from 'vitest';
import { figureLabel, placeMeta } from '../../src/lib/places/format.ts';
import { assembleContent } from '../../src/lib/server/content.ts';
import { outletsNamedIn, sourceKindOf } from '../../src/lib/story/sourceChecks.ts';
import type { Place } from '../../src/lib/story/types.ts';
import { lastUpdated, newsArticleJsonLd, updatesNewestFirst } from '../../src/lib/story/updates.ts';
import { storyOnPage } from '../../src/lib/story/reading.ts';
import { layersFrom, problemsWith, SAMPLE_STORY, sampleLayers, withFeature } from './helpers.ts';
import { ENGLISH, localeFor } from '../../src/lib/locale/locale.ts';
import { fa } from '../../src/lib/locale/messages/fa.ts';
import SourceList from '../../src/lib/places/SourceList.svelte';
import { render } from 'svelte/server';

const PERSIAN = localeFor('fa', fa);

const UPDATES = `[updates]
date: 2024-03-01
change: A toll was revised.
why: A new count.
source: Test wire, 1 Mar 2024

date: 2024-05-02
change: A place was renamed.
why: A better name.
source: Test wire, 2 May 2024
[]

`;
const withUpdates = (updates: string) => SAMPLE_STORY.replace('[sources]', `${updates}[sources]`);
const assemble = (story: string, layers = sampleLayers()) => {
	const { layers: parsed, issues } = layersFrom(layers);
	return assembleContent('story.aml', story, parsed, issues).story;
};

describe('the corrections and updates log', () => {
	it('is read from [updates]; the newest date is the "Updated" date', () => {
		const story = assemble(withUpdates(UPDATES));
		expect(story.updates).toHaveLength(2);
		expect(lastUpdated(story.updates)).toBe('2024-05-02');
		expect(updatesNewestFirst(story.updates).map((u) => u.date)).toEqual(['2024-05-02', '2024-03-01']);
		expect(lastUpdated(assemble(SAMPLE_STORY).updates)).toBeUndefined();
	});

	it('names the entry and the field of a bad date or missing text', () => {
		const broken = UPDATES.replace('date: 2024-03-01', 'date: March 2024').replace(
			'why: A better name.\n',
			''
		);
		expect(problemsWith(withUpdates(broken))).toEqual([
			'story.aml, update #1, field "date": "March 2024" is not a date written YYYY-MM-DD',
			'story.aml, update #2, field "why": missing text'
		]);
	});

	it('feeds dateModified in the JSON-LD, which no text can break out of', () => {
		const story = assemble(withUpdates(UPDATES));
		const data = JSON.parse(newsArticleJsonLd(storyOnPage(story)));
		expect(data).toMatchObject({
			'@type': 'NewsArticle',
			headline: story.title,
			description: story.dek,
			datePublished: story.published,
			dateModified: '2024-05-02',
			author: { name: story.byline }
		});
		expect(JSON.parse(newsArticleJsonLd(storyOnPage(assemble(SAMPLE_STORY)))).dateModified).toBe(
			story.published
		);
		const hostile = { ...storyOnPage(story), title: '</script><script>alert(1)</script>' };
		expect(newsArticleJsonLd(hostile)).not.toContain('<');
		expect(JSON.parse(newsArticleJsonLd(hostile)).headline).toBe(hostile.title);
	});
});

describe('story fields for credits and dates', () => {
	it('reads credits as inline text and checks its links', () => {
		const story = assemble(SAMPLE_STORY.replace('[sources]', 'credits: Map by **us**.\n[sources]'));
		expect(story.credits).toEqual([
			[
				{ type: 'text', text: 'Map by ' },
				{ type: 'strong', text: 'us' },
				{ type: 'text', text: '.' }
			]
		]);
		expect(
			problemsWith(SAMPLE_STORY.replace('[sources]', 'credits: [x](javascript:evil)\n[sources]'))
		).toEqual(['story.aml, field "credits": link "javascript:evil" must be an http(s) address or a #anchor']);
	});

	it('chooses a phone layout: split by default, overlay on request, nothing else', () => {
		expect(assemble(SAMPLE_STORY).phoneLayout).toBe('split');
		expect(assemble(SAMPLE_STORY.replace('[sources]', 'phoneLayout: overlay\n[sources]')).phoneLayout).toBe(
			'overlay'
		);
		expect(problemsWith(SAMPLE_STORY.replace('[sources]', 'phoneLayout: sideways\n[sources]'))).toEqual([
			'story.aml, field "phoneLayout": "sideways" is not one of split, overlay'
		]);
	});

	it('accepts a date label only with a date', () => {
		const labelled = SAMPLE_STORY.replace('date: 2024-01-03\n', 'date: 2024-01-03\ndateLabel: Reported\n');
		expect(assemble(labelled).steps[0].dateLabel).toBe('Reported');
		expect(
			problemsWith(SAMPLE_STORY.replace('title: Second\n', 'title: Second\ndateLabel: Reported\n'))
		).toEqual(['story.aml, step "second", field "dateLabel": says what "date" is, but the step has no date']);
	});
});

describe('figures with "as of"', () => {
	it('show the date they hold as of and who gives them; plain text stays as it is', () => {
		expect(figureLabel({ text: '378 killed', asOf: '2025-04', source: 'AFP' }, ENGLISH)).toBe(
			'378 killed, as of Apr 2025 — AFP'
		);
		expect(figureLabel({ text: '25 crew held', asOf: '2025-01-22' }, ENGLISH)).toBe(
			'25 crew held, as of 22 Jan 2025'
		);
		expect(figureLabel({ text: '132 killed', source: 'Wikipedia' }, ENGLISH)).toBe('132 killed — Wikipedia');
		expect(figureLabel('95 killed', ENGLISH)).toBe('95 killed');
	});

	it('read "as of" in Persian as a date, not "until" (a bare «تا»)', () => {
		const label = figureLabel({ text: 'X', asOf: '2024-01-12', source: 'Y' }, PERSIAN);
		expect(label).toContain(fa.asOf(PERSIAN.date('2024-01-12')));
		expect(label).not.toMatch(/(^|\s)تا\s/);
	});

	it('are checked: text needed, asOf a month or a day, no unknown fields', () => {
		const layers = withFeature('sea', 0, (f) => {
			f.properties.figures = [
				'Plain',
				{ text: 'Fine', asOf: '2025-04', source: 'AFP' },
				{ text: 'Bad date', asOf: 'April 2025' },
				{ asOf: '2025-04' },
				{ text: 'Typo', sourec: 'AFP' }
			];
		});
		expect(problemsWith(SAMPLE_STORY, layers)).toEqual([
			'geo/sea.geojson, feature "port", field "figures": figure 3 has an "asOf" of "April 2025", which is not written YYYY-MM or YYYY-MM-DD',
			'geo/sea.geojson, feature "port", field "figures": figure 4 needs a "text"',
			'geo/sea.geojson, feature "port", field "figures": figure 5 has an unknown field "sourec" (known: text, asOf, source)'
		]);
	});

	it('a place date may say what it is', () => {
		const place = { kind: 'city', date: '2024-01-25', dateLabel: 'Reported' } as Place;
		expect(placeMeta(place, ENGLISH)).toBe('City · Reported 25 Jan 2024');
	});
});

describe('source checks', () => {
	it('every outlet named in a step is in the story sources', () => {
		const story = SAMPLE_STORY.replace(
			'Then at the port.',
			'Then at the port, AFP and the Associated Press said.'
		);
		expect(problemsWith(story)).toEqual([
			`story.aml, step "second", field "text": names AFP, which is not in the story's [sources]: add it with the date of its report`,
			`story.aml, step "second", field "text": names AP, which is not in the story's [sources]: add it with the date of its report`
		]);
		const cited = story.replace('[sources]', '[sources]\noutlet: AFP / AP\ndate: 5 Jan 2024\n');
		expect(problemsWith(cited)).toEqual([]);
	});

	it('finds outlets as whole words only', () => {
		expect(outletsNamedIn('APPLE and CAPE, but not AP-style', ['AP'])).toEqual([]);
		expect(outletsNamedIn('told AP.', ['AP'])).toEqual(['AP']);
		expect(outletsNamedIn('the Associated Press', ['Associated Press'])).toEqual(['AP']);
	});

	it('every news source has a date; reference works need none', () => {
		const story = SAMPLE_STORY.replace('date: 3 Jan 2024\n', '');
		expect(problemsWith(story)).toEqual([
			'story.aml, field "sources": source 1 ("Test wire") has no date: give the date of the report, or write "kind: reference" for a reference work'
		]);
		expect(
			problemsWith(story.replace('outlet: Test wire\n', 'outlet: Test wire\nkind: reference\n'))
		).toEqual([]);
		const undatedPlace = withFeature('sea', 0, (f) => (f.properties.sources = [{ outlet: 'Test wire' }]));
		expect(problemsWith(SAMPLE_STORY, undatedPlace)).toEqual([
			'geo/sea.geojson, feature "port", field "sources": source 1 ("Test wire") has no date: give the date of the report, or write "kind: reference" for a reference work'
		]);
		expect(sourceKindOf({ outlet: 'Wikipedia' })).toBe('reference');
		expect(sourceKindOf({ outlet: 'GeoNames' })).toBe('gazetteer');
		expect(sourceKindOf({ outlet: 'Test wire' })).toBe('news');
	});

	it('no place rests on gazetteers alone', () => {
		const layers = withFeature('land', 1, (f) => (f.properties.sources = [{ outlet: 'GeoNames' }]));
		expect(problemsWith(SAMPLE_STORY, layers)).toEqual([
			'geo/land.geojson, feature "capital", field "sources": only gazetteers (GeoNames): add a source for what the details say'
		]);
		const kindGiven = withFeature(
			'land',
			1,
			(f) => (f.properties.sources = [{ outlet: 'Atlas', kind: 'gazetteer' }])
		);
		expect(problemsWith(SAMPLE_STORY, kindGiven)).toHaveLength(1);
		const bad = withFeature('land', 1, (f) => (f.properties.sources = [{ outlet: 'Atlas', kind: 'map' }]));
		expect(problemsWith(SAMPLE_STORY, bad)).toEqual([
			'geo/land.geojson, feature "capital", field "sources": source 1 has a "kind" that is not one of news, reference, gazetteer'
		]);
	});
});

describe('a source list', () => {
	const page = (urlLang?: string) => ({ outlet: 'O', title: 'T', url: 'https://example.org/page', urlLang });
	const html = (sources: Parameters<typeof SourceList>[1]['sources'], locale = PERSIAN) =>
		render(SourceList, { props: { sources, locale } }).body;

	it('says a link opens a page in another language, and marks the link with that language', () => {
		const body = html([page('en')]);
		expect(body).toContain(fa.pageIn.en);
		expect(body).toContain('hreflang="en"');
	});

	it("says nothing of a page in the edition's own language, or of a source without an address", () => {
		expect(html([page(), page('fa')])).not.toContain(fa.pageIn.en);
		expect(html([{ outlet: 'O', urlLang: 'en' }])).not.toContain(fa.pageIn.en);
		expect(html([page('en')], ENGLISH)).not.toContain('(in English)');
	});
});

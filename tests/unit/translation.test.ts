import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../src/lib/story/errors.ts';
import { plainText } from '../../src/lib/story/inline.ts';
import { translatePlaces, translateStory } from '../../src/lib/story/translation.ts';
import type { Paragraph, Story } from '../../src/lib/story/types.ts';
import { loadContent } from '../../src/lib/server/content.ts';

const content = loadContent();
const { story } = content;
const FILE = 'src/content/story.xx.aml';

/** A complete translation of the story into "xx": every text marked, so tests can see what came from where. */
function fullTranslation(
	original: Story,
	drop: { step?: string; field?: string; top?: string } = {}
): string {
	const lines = ['lang: xx', 'translationReview: pending'];
	for (const field of ['title', 'dek', 'byline'] as const)
		if (drop.top !== field) lines.push(`${field}: XX ${original[field]}`);
	if (drop.top !== 'credits') lines.push(`credits: XX ${original.credits.map(plainText).join(' ')}`);
	lines.push('[updates]');
	for (const update of original.updates)
		lines.push(`change: XX ${update.change}`, `why: XX ${update.why}`, `source: XX ${update.source}`);
	lines.push('[]', '[sources]');
	for (const source of original.sources) {
		lines.push(`outlet: XX ${source.outlet}`);
		if (source.date) lines.push(`date: XX ${source.date}`);
		if (source.title) lines.push(`title: XX ${source.title}`);
	}
	lines.push('[]', '[steps]');
	for (const step of original.steps) {
		const omit = (field: string) => drop.step === step.id && drop.field === field;
		lines.push(`id: ${step.id}`);
		if (!omit('title')) lines.push(`title: XX ${step.title}`);
		if (step.dateLabel && !omit('dateLabel')) lines.push(`dateLabel: XX ${step.dateLabel}`);
		if (!omit('mapDescription')) lines.push(`mapDescription: XX ${step.mapDescription}`);
		const labelled = step.arcs.filter((arc) => arc.label);
		if (labelled.length && !omit('arcs'))
			lines.push(
				`arcs: ${labelled.map((arc) => `${arc.from} ${arc.schematic ? '~>' : '->'} ${arc.to}: XX ${arc.label}`).join('; ')}`
			);
		if (!omit('text')) lines.push(`text: XX ${step.body.map(plainText).join('\n\n')}`, ':end');
	}
	lines.push('[]');
	return lines.join('\n');
}

describe('a translated story', () => {
	it('takes every text from the translation and everything else from the original', () => {
		const { translation, issues } = translateStory(story, FILE, fullTranslation(story), 'xx', 'en');
		expect(issues.map(formatIssue)).toEqual([]);
		const translated = translation.story;
		expect(translation.review).toBe('pending');
		expect(translated.title).toBe(`XX ${story.title}`);
		expect(translated.steps.map((s) => s.id)).toEqual(story.steps.map((s) => s.id));
		for (const [index, step] of translated.steps.entries()) {
			const original = story.steps[index];
			expect(step.title).toBe(`XX ${original.title}`);
			expect(step.focus).toEqual(original.focus);
			expect(step.layers).toEqual(original.layers);
			expect(step.date).toBe(original.date);
			expect(step.camera).toEqual(original.camera);
			expect(step.arcs.map((arc) => arc.id)).toEqual(original.arcs.map((arc) => arc.id));
			for (const arc of step.arcs.filter((a) => a.label)) expect(arc.label).toMatch(/^XX /);
		}
		expect(translated.sources.map((s) => s.url)).toEqual(story.sources.map((s) => s.url));
		expect(translated.updates.map((u) => u.date)).toEqual(story.updates.map((u) => u.date));
	});

	it('names the file, the step and the field of every missing translation', () => {
		const step = story.steps.find((s) => s.dateLabel) ?? story.steps[0];
		for (const field of ['title', 'text', 'mapDescription', ...(step.dateLabel ? ['dateLabel'] : [])]) {
			const { issues } = translateStory(
				story,
				FILE,
				fullTranslation(story, { step: step.id, field }),
				'xx',
				'en'
			);
			expect(issues.map(formatIssue)).toEqual([
				expect.stringContaining(`${FILE}, step "${step.id}", field "${field}": missing translation`)
			]);
		}
		const withArc = story.steps.find((s) => s.arcs.some((arc) => arc.label));
		if (withArc) {
			const { issues } = translateStory(
				story,
				FILE,
				fullTranslation(story, { step: withArc.id, field: 'arcs' }),
				'xx',
				'en'
			);
			expect(issues.map(formatIssue)[0]).toContain(`step "${withArc.id}", field "arcs": missing the label`);
		}
		const { issues } = translateStory(story, FILE, fullTranslation(story, { top: 'dek' }), 'xx', 'en');
		expect(issues.map(formatIssue)).toEqual([`${FILE}, field "dek": missing translation`]);
	});

	it('reports a step left out, a step the original does not have, a wrong language and an unknown field', () => {
		const last = story.steps[story.steps.length - 1];
		const source = fullTranslation(story);
		const withoutLast = source.slice(0, source.lastIndexOf(`id: ${last.id}`)) + '[]';
		expect(translateStory(story, FILE, withoutLast, 'xx', 'en').issues.map(formatIssue)).toContain(
			`${FILE}, step "${last.id}", field "steps": missing translation of the whole step`
		);
		const extra = source.replace('[steps]', '[steps]\nid: not-in-story\ntitle: X\ntext: Y\n:end');
		expect(translateStory(story, FILE, extra, 'xx', 'en').issues.map(formatIssue)).toContain(
			`${FILE}, step "not-in-story", field "id": "not-in-story" is not a step of the original story`
		);
		expect(translateStory(story, FILE, source, 'yy', 'en').issues.map(formatIssue)).toContain(
			`${FILE}, field "lang": must be "yy", the language in the file name`
		);
		const typo = source.replace(
			'translationReview: pending',
			'translationReview: pending\nfocus: kerman-city'
		);
		expect(translateStory(story, FILE, typo, 'xx', 'en').issues.map(formatIssue)[0]).toContain(
			'field "focus": unknown field'
		);
	});
});

describe('translated places', () => {
	const original = {
		places: content.places,
		layers: content.layers.map(({ id, title }) => ({ id, title })),
		referenceIds: content.reference.map((f) => f.properties.id),
		countryNames: ['Iran', 'Iraq'],
		lang: 'en'
	};
	const GEO = 'geo/translations/xx.json';

	function fullPlaces(): Record<string, Record<string, unknown>> {
		return {
			layers: Object.fromEntries(original.layers.map((l) => [l.id, `XX ${l.title}`])),
			places: Object.fromEntries(
				original.places.map((p) => [
					p.id,
					{
						name: `XX ${p.name}`,
						summary: `XX ${p.summary}`,
						...(p.dateLabel ? { dateLabel: 'XX' } : {}),
						...(p.precisionNote ? { precisionNote: 'XX' } : {}),
						...(p.figures
							? {
									figures: p.figures.map((f) =>
										typeof f === 'object' && f.source
											? { text: 'XX figure', source: `XX ${f.source}` }
											: 'XX figure'
									)
								}
							: {}),
						sources: p.sources.map((s) => ({
							outlet: `XX ${s.outlet}`,
							...(s.date ? { date: 'XX' } : {}),
							...(s.title ? { title: 'XX' } : {})
						}))
					}
				])
			),
			reference: Object.fromEntries(original.referenceIds.map((id) => [id, `XX ${id}`])),
			countries: { Iran: 'XX Iran', Iraq: 'XX Iraq' },
			kinds: Object.fromEntries(original.places.map((p) => [p.kind, `XX ${p.kind}`]))
		};
	}

	it('translates every name and text and keeps positions, kinds and dates', () => {
		const { places, layers, names, issues } = translatePlaces(original, GEO, fullPlaces());
		expect(issues.map(formatIssue)).toEqual([]);
		for (const [index, place] of places.entries()) {
			expect(place.name).toBe(`XX ${original.places[index].name}`);
			expect(place.anchor).toEqual(original.places[index].anchor);
			expect(place.date).toBe(original.places[index].date);
			expect(place.sources.map((s) => s.url)).toEqual(original.places[index].sources.map((s) => s.url));
		}
		expect(layers.every((l) => l.title.startsWith('XX '))).toBe(true);
		expect(Object.keys(names.reference)).toHaveLength(original.referenceIds.length);
		expect(names.countries.Iran).toBe('XX Iran');
	});

	it('names the place and the field of a missing translation', () => {
		const place = original.places.find((p) => p.figures?.length) ?? original.places[0];
		const json = fullPlaces();
		const entry = (json.places as Record<string, Record<string, unknown>>)[place.id];
		delete entry.summary;
		(entry.figures as string[]).pop();
		delete (json.countries as Record<string, string>).Iraq;
		const problems = translatePlaces(original, GEO, json).issues.map(formatIssue);
		expect(problems).toContain(`${GEO}, place "${place.id}", field "summary": missing translation`);
		expect(problems.some((p) => p.startsWith(`${GEO}, place "${place.id}", field "figures"`))).toBe(true);
		expect(problems).toContain(`${GEO}, country "Iraq", field "countries": missing translation`);
	});
});

describe("a translation's figures, sources and updates", () => {
	const original = {
		places: content.places,
		layers: content.layers.map(({ id, title }) => ({ id, title })),
		referenceIds: content.reference.map((f) => f.properties.id),
		countryNames: [],
		lang: 'en'
	};
	const GEO = 'geo/translations/xx.json';
	const sourced = content.places.find((p) =>
		p.figures?.some((f) => typeof f === 'object' && f.source && p.sources.some((s) => s.outlet === f.source))
	)!;
	const figureAt = sourced.figures!.findIndex((f) => typeof f === 'object' && f.source);
	const placesJson = (
		figure: unknown,
		sources = sourced.sources.map((s) => ({ ...s, outlet: `XX ${s.outlet}` }))
	) => ({
		places: {
			[sourced.id]: {
				name: 'XX',
				summary: 'XX',
				...(sourced.dateLabel ? { dateLabel: 'XX' } : {}),
				...(sourced.precisionNote ? { precisionNote: 'XX' } : {}),
				figures: sourced.figures!.map((f, index) => (index === figureAt ? figure : 'XX figure')),
				sources
			}
		}
	});
	const translatedFigure = (json: unknown) => {
		const { places, issues } = translatePlaces(original, GEO, json);
		return {
			figure: places.find((p) => p.id === sourced.id)!.figures![figureAt],
			problems: issues.map(formatIssue).filter((p) => p.includes(`place "${sourced.id}"`))
		};
	};

	it("takes a figure's source from the translation, or from the place's translated source of that outlet", () => {
		expect(translatedFigure(placesJson({ text: 'XX', source: 'XX given' }))).toMatchObject({
			figure: { text: 'XX', source: 'XX given' },
			problems: []
		});
		const outlet = (sourced.figures![figureAt] as { source: string }).source;
		expect(translatedFigure(placesJson('XX'))).toMatchObject({
			figure: { source: `XX ${outlet}` },
			problems: []
		});
	});

	it("stops the build when a figure's source has no translation", () => {
		// The same place, its figure given by someone who is not among its sources.
		const figures = sourced.figures!.map((f, index) =>
			index === figureAt ? { ...(f as object), source: 'Someone not listed' } : f
		) as typeof sourced.figures;
		const { issues } = translatePlaces(
			{ ...original, places: [{ ...sourced, figures }] },
			GEO,
			placesJson('XX')
		);
		const problems = issues.map(formatIssue).filter((p) => p.includes(`place "${sourced.id}"`));
		expect(problems).toEqual([
			expect.stringMatching(
				new RegExp(
					`^${GEO}, place "${sourced.id}", field "figures": figure #${figureAt + 1}: missing translation of its source`
				)
			)
		]);
	});

	it("marks a kept address as opening a page in the original's language, and takes the translation's own", () => {
		const linked = content.places.find((p) => p.sources.some((s) => s.url))!;
		const at = linked.sources.findIndex((s) => s.url);
		const sources = (url?: string) =>
			linked.sources.map((s, index) => ({
				outlet: 'XX',
				...(s.date ? { date: 'XX' } : {}),
				...(s.title ? { title: 'XX' } : {}),
				...(index === at && url ? { url } : {})
			}));
		const translate = (url?: string) =>
			translatePlaces({ ...original, places: [linked] }, GEO, {
				places: { [linked.id]: { ...placesJson('XX').places[sourced.id], sources: sources(url) } }
			}).places[0].sources[at];
		expect(translate()).toMatchObject({ url: linked.sources[at].url, urlLang: 'en' });
		const own = translate('https://fa.example.org/page');
		expect(own.url).toBe('https://fa.example.org/page');
		expect(own.urlLang).toBeUndefined();
	});

	it("keeps [editionUpdates] as the edition's own corrections, after the original's", () => {
		const own = [
			'[editionUpdates]',
			'date: 2026-12-05',
			'change: XX own',
			'why: XX why',
			'source: XX source',
			'[]'
		];
		const source = `${fullTranslation(story)}\n${own.join('\n')}`;
		const { translation, issues } = translateStory(story, FILE, source, 'xx', 'en');
		expect(issues.map(formatIssue)).toEqual([]);
		expect(translation.story.updates).toHaveLength(story.updates.length + 1);
		expect(translation.story.updates.at(-1)).toEqual({
			date: '2026-12-05',
			change: 'XX own',
			why: 'XX why',
			source: 'XX source'
		});
		const badDate = source.replace('date: 2026-12-05', 'date: December 2026');
		expect(translateStory(story, FILE, badDate, 'xx', 'en').issues.map(formatIssue)).toEqual([
			`${FILE}, edition update #1, field "date": "December 2026" is not a date written YYYY-MM-DD`
		]);
	});
});

describe('the Persian edition', () => {
	it('loads complete: every step, place and map name translated, the review state read', async () => {
		const { loadEdition } = await import('../../src/lib/server/editions.ts');
		const warnings: string[] = [];
		const edition = loadEdition('fa', undefined, (message) => warnings.push(message));
		expect(edition.story.steps.map((s) => s.id)).toEqual(story.steps.map((s) => s.id));
		const arabicScript = /[\u0600-\u06FF]/;
		for (const step of edition.story.steps) {
			expect(step.title, step.id).toMatch(arabicScript);
			expect(step.mapDescription, step.id).toMatch(arabicScript);
		}
		for (const place of edition.places) {
			expect(place.name, place.id).toMatch(arabicScript);
			for (const figure of place.figures ?? [])
				if (typeof figure === 'object' && figure.source)
					expect(figure.source, place.id).toMatch(arabicScript);
		}
		for (const feature of edition.reference) expect(feature.properties.name).toMatch(arabicScript);
		if (edition.review === 'pending') expect(warnings.join('\n')).toContain('translationReview is "pending"');
	});

	it('sets every run of left-to-right text in its prose apart with isolates', async () => {
		const { loadEdition } = await import('../../src/lib/server/editions.ts');
		const edition = loadEdition('fa', undefined, () => {});
		const plain = (paragraphs: Paragraph[]) => paragraphs.map(plainText).join('\n');
		const prose = [
			edition.story.dek,
			plain(edition.story.credits),
			...edition.story.updates.flatMap((u) => [u.change, u.why, u.source]),
			...edition.story.steps.flatMap((s) => [s.title, s.mapDescription, plain(s.body)]),
			...edition.places.flatMap((p) => [
				p.summary,
				...(p.figures ?? []).map((f) => (typeof f === 'string' ? f : `${f.text} ${f.source ?? ''}`)),
				...p.sources.map((source) => source.title ?? '')
			])
		];
		// What is left once the isolated runs are taken out holds no Latin letter.
		const outside = prose.map((text) => text.replace(/\u2066[^\u2069]*\u2069/g, ''));
		expect(outside.filter((text) => /\p{Script=Latin}/u.test(text))).toEqual([]);
		expect(prose.some((text) => text.includes('\u2066'))).toBe(true);
	});
});

describe('a translation with a missing text', () => {
	it('stops the build, naming the file, the step or place, and the field', async () => {
		const { loadEdition, translationFiles } = await import('../../src/lib/server/editions.ts');
		const { mkdtempSync, cpSync, readFileSync, rmSync, writeFileSync } = await import('node:fs');
		const { tmpdir } = await import('node:os');
		const { join } = await import('node:path');
		const { DEFAULT_PATHS } = await import('../../src/lib/server/content.ts');
		// A copy of the real story, its geo folder and its Persian files, with one title and one place summary taken out.
		const root = mkdtempSync(join(tmpdir(), 'edition-'));
		const files = translationFiles(DEFAULT_PATHS, 'fa');
		for (const file of [DEFAULT_PATHS.storyFile, files.story])
			cpSync(join(DEFAULT_PATHS.root, file), join(root, file), { recursive: true });
		cpSync(join(DEFAULT_PATHS.root, DEFAULT_PATHS.geoDir), join(root, DEFAULT_PATHS.geoDir), {
			recursive: true
		});
		const paths = { ...DEFAULT_PATHS, root };
		const step = story.steps[1];
		const storyPath = join(root, files.story);
		const lines = readFileSync(storyPath, 'utf8').split('\n');
		const stepStart = lines.findIndex((line) => line.trim() === `id: ${step.id}`);
		const titleLine = lines.findIndex((line, index) => index > stepStart && line.startsWith('title:'));
		expect(stepStart).toBeGreaterThanOrEqual(0);
		writeFileSync(storyPath, lines.filter((_, index) => index !== titleLine).join('\n'));
		const placesPath = join(root, files.places);
		const places = JSON.parse(readFileSync(placesPath, 'utf8'));
		const placeId = Object.keys(places.places)[0];
		delete places.places[placeId].summary;
		writeFileSync(placesPath, JSON.stringify(places));

		let message = '';
		try {
			loadEdition('fa', paths, () => {});
		} catch (error) {
			message = (error as Error).message;
		}
		expect(message).toContain(`${files.story}, step "${step.id}", field "title"`);
		expect(message).toContain(`${files.places}, place "${placeId}", field "summary"`);
		rmSync(root, { recursive: true, force: true });
	});
});

/**
 * The checks at the end of the fact base ("Checks every version of the story
 * must pass"), run over every text the reader sees: the story, arc labels,
 * map descriptions and every place's details.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { figureLabel } from '../../src/lib/places/format.ts';
import { loadContent } from '../../src/lib/server/content.ts';
import type { Paragraph } from '../../src/lib/story/types.ts';
import { ENGLISH } from '../../src/lib/locale/locale.ts';

const content = loadContent();
const plain = (paragraphs: Paragraph[]) => paragraphs.map((p) => p.map((t) => t.text).join('')).join('\n');

/** [where, text] for everything the reader can read. */
const texts: [string, string][] = [
	['dek', content.story.dek],
	['credits', plain(content.story.credits)],
	...content.story.steps.flatMap((step): [string, string][] => [
		[`step ${step.id}`, `${step.title}\n${plain(step.body)}`],
		[`step ${step.id} map`, step.mapDescription],
		...step.arcs.map((arc): [string, string] => [`step ${step.id} arc`, arc.label ?? ''])
	]),
	...content.places.map((place): [string, string] => [
		`place ${place.id}`,
		[
			place.summary,
			place.precisionNote ?? '',
			...(place.figures ?? []).map((figure) => figureLabel(figure, ENGLISH))
		].join('\n')
	])
];
const sentences = texts.flatMap(([where, text]) =>
	text.split(/(?<=[.!?;])\s+|\n/).map((sentence): [string, string] => [where, sentence])
);

describe('the fact base checklist', () => {
	it('calls Kerman the deadliest militant (terrorist) attack, never the deadliest of all', () => {
		for (const [where, sentence] of sentences)
			expect(sentence, where).not.toMatch(/deadliest\s+(?!militant|terrorist)\w+/i);
	});

	it('never says the warning went through an intermediary or reached Iran', () => {
		for (const [where, text] of texts)
			expect(text, where).not.toMatch(/via an intermediary|reached (Iran|Tehran)|meant to arrive/i);
	});

	it('attributes every distance of the blasts from the tomb', () => {
		const distances = sentences.filter(([, s]) => /from the tomb/.test(s) && /\d/.test(s));
		expect(distances.length).toBeGreaterThan(0);
		for (const [where, sentence] of distances) expect(sentence, where).toMatch(/report|IRNA|according to/i);
	});

	it('gives no motive for the date beyond the anniversary', () => {
		for (const [where, text] of texts) expect(text, where).not.toMatch(/date was chosen|chosen for its/i);
	});

	it('says what we could not verify, not that nothing exists', () => {
		for (const [where, text] of texts) expect(text, where).not.toMatch(/no verified coordinates exist/i);
	});

	describe('in the Persian edition', async () => {
		const { loadEdition } = await import('../../src/lib/server/editions.ts');
		const fa = loadEdition('fa', undefined, () => {});
		const faTexts = [
			fa.story.dek,
			...fa.story.updates.flatMap((u) => [u.change, u.why]),
			...fa.story.steps.flatMap((step) => [step.title, plain(step.body), step.mapDescription]),
			...fa.places.flatMap((place) => [
				place.summary,
				...(place.figures ?? []).map((f) => (typeof f === 'string' ? f : f.text))
			])
		];

		it('qualifies "deadliest" as terrorist every time (never the bare "militant", read as any attack)', () => {
			const deadliest = faTexts.flatMap((text) =>
				[...text.matchAll(/مرگبارترین\s+\S+\s+\S+/g)].map((m) => m[0])
			);
			expect(deadliest.length).toBeGreaterThan(0);
			for (const phrase of deadliest) expect(phrase).toMatch(/حملهٔ\s+تروریستی/);
		});

		it('never calls it a warning "about Kerman": the warning named a threat within Iran\'s borders', () => {
			// The corrections log quotes what we had written, in «»: that is not the story saying it.
			for (const text of faTexts)
				expect(text.replace(/«[^»]*»/g, '')).not.toMatch(/هشدار\s*(دربارهٔ|درباره|مربوط به)\s*کرمان/);
		});
	});

	const factsFile = join(import.meta.dirname, '../../../shared/story/facts.md');
	it.skipIf(!existsSync(factsFile))('quotes only words the fact base quotes, verbatim', () => {
		const facts = readFileSync(factsFile, 'utf8');
		const quotes = texts.flatMap(([where, text]) =>
			[...text.matchAll(/"([^"]+)"/g)].map((m): [string, string] => [where, m[1].replace(/[.,]$/, '')])
		);
		expect(quotes.length).toBeGreaterThan(0);
		for (const [where, quote] of quotes) expect(facts, `${where}: "${quote}"`).toContain(quote);
	});
});

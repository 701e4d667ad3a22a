import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { issueLine } from '../../src/lib/story/issueLines.ts';
import { loadContent } from '../../src/lib/server/content.ts';

/** The story's own files: lines are found, never copied into the test. */
const storyFile = 'src/content/story.aml';
const source = readFileSync(storyFile, 'utf8');
const lines = source.split('\n');
const { story, layers } = loadContent();

describe('issueLine', () => {
	it("finds a step's line, and its field's line inside it", () => {
		const step = story.steps[1];
		const line = issueLine(source, { file: storyFile, where: `step "${step.id}"`, message: 'x' })!;
		expect(lines[line - 1].trim()).toBe(`id: ${step.id}`);
		const field = issueLine(source, {
			file: storyFile,
			where: `step "${step.id}"`,
			field: 'focus',
			message: 'x'
		})!;
		expect(lines[field - 1]).toMatch(/^focus:/);
		expect(field).toBeGreaterThan(line);
		// The next step's focus is further down: the line is this step's.
		const next = issueLine(source, {
			file: storyFile,
			where: `step "${story.steps[2].id}"`,
			field: 'focus',
			message: 'x'
		})!;
		expect(next).toBeGreaterThan(field);
		expect(issueLine(source, { file: storyFile, where: 'step #2', message: 'x' })).toBe(line);
	});

	it("finds a feature's line in its layer file, and its field's", () => {
		const layer = layers[0];
		const file = `geo/${layer.id}.geojson`;
		const text = readFileSync(file, 'utf8');
		const id = layer.features[0].properties.id;
		const line = issueLine(text, { file, where: `feature "${id}"`, message: 'x' })!;
		expect(text.split('\n')[line - 1]).toContain(`"${id}"`);
		const field = issueLine(text, { file, where: `feature "${id}"`, field: 'precision', message: 'x' })!;
		expect(text.split('\n')[field - 1]).toContain('"precision"');
	});

	it('gives none for a problem with the whole file or an unknown step', () => {
		expect(issueLine(source, { file: storyFile, message: 'cannot be read' })).toBeUndefined();
		expect(
			issueLine(source, { file: storyFile, where: 'step "no-such-step"', message: 'x' })
		).toBeUndefined();
	});
});

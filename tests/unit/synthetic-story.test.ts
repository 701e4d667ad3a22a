import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateStory } from '../../bench/lib/syntheticStory.ts';
import { contentPaths, loadContent } from '../../src/lib/server/content.ts';

// The scale benchmark builds these stories; a rule added to the story's checks must not break it unnoticed.
describe('the scale benchmark’s synthetic story', () => {
	const dir = mkdtempSync(join(tmpdir(), 'synthetic-story-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('passes every check an editor’s story must pass, with the steps and places asked for', () => {
		generateStory(dir, 12, 40);
		const content = loadContent(contentPaths({ STORY_ROOT: dir }));
		expect(content.story.steps).toHaveLength(12);
		expect(content.places).toHaveLength(40);
	});
});

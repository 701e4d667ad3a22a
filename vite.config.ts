import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { loadContent } from './src/lib/server/content.ts';

/**
 * Checks the story file and every geo layer before anything is built, so a
 * content mistake stops `vite build` with the file, step or feature, and field.
 */
function validateStoryContent(): Plugin {
	return {
		name: 'storymap:validate-content',
		buildStart() {
			loadContent();
		}
	};
}

export default defineConfig({
	plugins: [validateStoryContent(), sveltekit()],
	server: { fs: { allow: ['geo'] } },
	test: {
		include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
		environment: 'node',
		// One module graph for every file: the content, the basemaps and the fonts are read once
		// rather than once per file (a run in half the time). Tests keep no state in modules.
		pool: 'threads',
		isolate: false
	}
});

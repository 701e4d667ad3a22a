import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { dirname, resolve } from 'node:path';
import { contentPaths, loadContent, namedArchive } from './src/lib/server/content.ts';
import { studio } from './scripts/studio/plugin.ts';

/**
 * Checks the story file and every geo layer before anything is built, so a
 * content mistake stops `vite build` with the file, step or feature, and field.
 */
function validateStoryContent(): Plugin {
	return {
		name: 'storymap:validate-content',
		// Whether the story names a basemap archive: without one, the archive's code (the pmtiles
		// reader, Protomaps' style) is left out of the build altogether (StoryMap.svelte).
		config() {
			return { define: { __BASEMAP_ARCHIVE__: JSON.stringify(Boolean(namedArchive())) } };
		},
		async buildStart() {
			const { story } = loadContent();
			if (!story.basemap) return;
			// The archive reader only for a story that names an archive: most never load it.
			const { archiveBuildNotice } = await import('./src/lib/server/archiveReader.ts');
			const notice = await archiveBuildNotice(contentPaths(), story.basemap);
			// The client and server builds both start (and may run in other processes): said once.
			if (notice && !process.env.STORYMAP_ARCHIVE_TOLD) console.warn(notice);
			process.env.STORYMAP_ARCHIVE_TOLD = '1';
		}
	};
}

/**
 * While developing, tells every open page when a content file (the story, a
 * translation, a geo layer) is saved: story pages and the error page load
 * their data again (+layout.svelte, +error.svelte), the studio redraws.
 */
function announceContentSaves(): Plugin {
	return {
		name: 'storymap:content-saves',
		apply: 'serve',
		configureServer(server) {
			const { root, storyFile, geoDir } = contentPaths();
			const watched = [dirname(storyFile), geoDir].map((dir) => resolve(root, dir));
			server.watcher.add(watched);
			const announce = (file: string) => {
				if (watched.some((dir) => file.startsWith(dir)))
					server.ws.send({ type: 'custom', event: 'storymap:content' });
			};
			for (const event of ['change', 'add', 'unlink'] as const) server.watcher.on(event, announce);
		}
	};
}

export default defineConfig({
	plugins: [validateStoryContent(), announceContentSaves(), studio(), sveltekit()],
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

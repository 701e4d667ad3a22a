import adapter from '@sveltejs/adapter-static';
import archieml from 'archieml';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/**
 * BASE_PATH publishes the story under a sub-path (e.g. BASE_PATH=/graphics/kerman-warning);
 * it must start with "/" and not end with one.
 */
const base = process.env.BASE_PATH ?? '';

/**
 * The origin of the story's basemap archive, when it names one on another
 * origin (src/lib/story/basemapArchive.ts): the pages may read from it and from
 * nowhere else. The story's checks stop the build on an address that is not
 * https://, so only a valid one is read here.
 */
function archiveOrigins() {
	const dir = process.env.STORY_DIR?.replace(/\/+$/, '');
	const file = join(
		process.env.STORY_ROOT ?? process.cwd(),
		dir ? `${dir}/story.aml` : 'src/content/story.aml'
	);
	try {
		const url = archieml.load(readFileSync(file, 'utf8')).basemap?.url?.trim();
		return url && /^(https:|http:\/\/(localhost|127\.0\.0\.1)[:/])/.test(url) ? [new URL(url).origin] : [];
	} catch {
		return [];
	}
}

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		// KIT_OUT_DIR: a second story builds beside the first without touching its files (the browser tests).
		outDir: process.env.KIT_OUT_DIR ?? '.svelte-kit',
		// precompress writes .gz and .br beside every file, for hosts and CDNs that serve them.
		adapter: adapter({ pages: process.env.BUILD_DIR ?? 'build', strict: true, precompress: true }),
		paths: { base },
		// BUILD_VERSION pins the version the pages check for updates against (by default the build's
		// time): two builds of the same commit and content are then byte for byte the same.
		...(process.env.BUILD_VERSION ? { version: { name: process.env.BUILD_VERSION } } : {}),
		// The benchmark is TypeScript too; svelte-check holds it to the same rules as the site.
		typescript: { config: (config) => void config.include.push('../bench/**/*.ts', '../scripts/**/*.ts') },
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
		// Sent as a <meta> tag in the prerendered pages; SvelteKit hashes its own inline
		// bootstrap script. No 'unsafe-inline' or 'unsafe-eval' for scripts. MapLibre's
		// worker is a same-origin file (setWorkerUrl), so worker-src 'self' suffices.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self', ...archiveOrigins()],
				'worker-src': ['self', 'blob:'],
				'child-src': ['self', 'blob:'],
				'frame-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;

import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/**
 * BASE_PATH publishes the story under a sub-path (e.g. BASE_PATH=/graphics/kerman-warning);
 * it must start with "/" and not end with one.
 */
const base = process.env.BASE_PATH ?? '';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		adapter: adapter({ strict: true }),
		paths: { base },
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' }
	}
};

export default config;

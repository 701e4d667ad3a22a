import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './tests/chromium.ts';

const PORT = 4173;
/** The first story is built as if published at its preview address: share tags need absolute URLs. */
export const SITE_URL = `http://localhost:${PORT}`;
/** The second story (tests/fixtures/pacific), built on its own and served from its own folder. */
export const SECOND_STORY = { dir: 'tests/fixtures/pacific', port: 4175, build: 'build-pacific' };
/** A second origin for the host-page fixture that embeds the story (tests/e2e/host-server.mjs). */
export const HOST_PORT = 4180;
const CI = Boolean(process.env.CI);

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const SECOND_URL = `http://localhost:${SECOND_STORY.port}`;
const SECOND_SPECS = ['second-story.spec.ts', 'basemap.spec.ts'];
/**
 * The studio's tests run on the development server, on a copy of the second
 * story they may break and mend (.studio-stories/ is not committed).
 */
export const STUDIO = { dir: '.studio-stories/e2e', port: 4176, from: SECOND_STORY.dir };
/** Specs that run in a project of their own, never at both page sizes. */
const OWN_PROJECT = ['budget.spec.ts', ...SECOND_SPECS, 'studio.spec.ts', 'video.spec.ts'];
/** `npm run test:quick`: the first story only, so its second story is not built. */
const QUICK = Boolean(process.env.QUICK);
/** Servers already running (a build you made yourself) are used instead of building: PW_REUSE_SERVER=1. */
const REUSE = Boolean(process.env.PW_REUSE_SERVER);

export default defineConfig({
	testDir: 'tests/e2e',
	// SwiftShader draws WebGL on the CPU: camera flights and first renders take seconds.
	timeout: 240_000,
	expect: { timeout: 30_000 },
	fullyParallel: true,
	workers: 2,
	// A net for CI only; the summary names any test that needed it, a flake to mend.
	retries: CI ? 1 : 0,
	forbidOnly: CI,
	reporter: [[CI ? 'line' : 'list'], ['./tests/e2e/summary-reporter.ts']],
	webServer: [
		{
			command: `SITE_URL=${SITE_URL} npm run build && npx vite preview --port ${PORT} --strictPort`,
			port: PORT,
			reuseExistingServer: REUSE,
			timeout: 300_000
		},
		...(QUICK
			? []
			: [
					{
						// After the first build (web servers start in order): its own output folders, so the
						// first story's preview keeps serving its own files.
						// Its basemap archive (tests/fixtures/basemap) first: the build draws its static maps from it.
						command:
							`npx tsx tests/fixtures/basemap/make-archive.ts && STORY_DIR=${SECOND_STORY.dir} BUILD_DIR=${SECOND_STORY.build} KIT_OUT_DIR=.svelte-kit-second npx vite build --logLevel warn` +
							` && node tests/e2e/static-server.mjs ${SECOND_STORY.build} ${SECOND_STORY.port}`,
						port: SECOND_STORY.port,
						reuseExistingServer: REUSE,
						timeout: 300_000
					},
					{
						command:
							// With the basemap archive beside it, where the story's `file:` finds it.
							`rm -rf ${STUDIO.dir} && mkdir -p ${STUDIO.dir} && cp -r ${STUDIO.from}/. ${STUDIO.dir}` +
							` && mkdir -p ${STUDIO.dir}/../basemap && cp -r tests/fixtures/basemap/. ${STUDIO.dir}/../basemap` +
							` && STORY_DIR=${STUDIO.dir} KIT_OUT_DIR=.svelte-kit-studio npx vite dev --port ${STUDIO.port} --strictPort`,
						port: STUDIO.port,
						reuseExistingServer: REUSE,
						timeout: 300_000
					}
				]),
		{
			// The second story's basemap archive is made first (tests/fixtures/basemap), then served.
			command: `npx tsx tests/fixtures/basemap/make-archive.ts && node tests/e2e/host-server.mjs`,
			port: HOST_PORT,
			env: { HOST_PORT: String(HOST_PORT) },
			reuseExistingServer: REUSE
		}
	],
	use: {
		baseURL: `http://localhost:${PORT}`,
		// A click that cannot happen fails in half a minute, not at the test's timeout.
		actionTimeout: 30_000,
		// Jumps instead of flights keep most tests fast; the walk's jumps cover flights.
		reducedMotion: 'reduce',
		launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
		// A trace snapshots the page at every action, which software WebGL makes slow: only a retry
		// records one. To see a local failure, run it again with --trace on.
		trace: 'on-first-retry'
	},
	projects: [
		// Byte budgets of the build: no browser, once.
		{ name: 'budget', testMatch: 'budget.spec.ts' },
		// `npm run video` on a short range: its own browser and ffmpeg, once.
		{ name: 'video', testMatch: 'video.spec.ts' },
		{ name: 'desktop', testIgnore: OWN_PROJECT, use: { viewport: DESKTOP } },
		{ name: 'phone', testIgnore: OWN_PROJECT, use: PHONE },
		// The second story: its own walk at both sizes, and what a story built from content must have.
		{ name: 'second-desktop', testMatch: SECOND_SPECS, use: { viewport: DESKTOP, baseURL: SECOND_URL } },
		{ name: 'second-phone', testMatch: SECOND_SPECS, use: { ...PHONE, baseURL: SECOND_URL } },
		// Development only: the content errors in the page, and the studio.
		{
			name: 'studio',
			testMatch: 'studio.spec.ts',
			use: { viewport: { width: 1400, height: 900 }, baseURL: `http://localhost:${STUDIO.port}` }
		}
	]
});

import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './tests/chromium.ts';

const PORT = 4173;
/** A second origin for the host-page fixture that embeds the story (tests/e2e/host-server.mjs). */
export const HOST_PORT = 4180;
const CI = Boolean(process.env.CI);

export default defineConfig({
	testDir: 'tests/e2e',
	// SwiftShader draws WebGL on the CPU: camera flights and first renders take seconds.
	timeout: 240_000,
	expect: { timeout: 30_000 },
	fullyParallel: true,
	workers: 2,
	retries: CI ? 1 : 0,
	forbidOnly: CI,
	reporter: CI ? [['line']] : [['list']],
	webServer: [
		{
			command: `npm run build && npx vite preview --port ${PORT} --strictPort`,
			port: PORT,
			reuseExistingServer: !CI,
			timeout: 300_000
		},
		{
			command: `node tests/e2e/host-server.mjs`,
			port: HOST_PORT,
			env: { HOST_PORT: String(HOST_PORT) },
			reuseExistingServer: !CI
		}
	],
	use: {
		baseURL: `http://localhost:${PORT}`,
		// Jumps instead of flights keep most tests fast; motion.spec.ts covers flights.
		reducedMotion: 'reduce',
		launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
		trace: 'retain-on-failure'
	},
	projects: [
		// Byte budgets of the build: no browser, once.
		{ name: 'budget', testMatch: 'budget.spec.ts' },
		{ name: 'desktop', testIgnore: 'budget.spec.ts', use: { viewport: { width: 1280, height: 800 } } },
		{
			name: 'phone',
			testIgnore: 'budget.spec.ts',
			use: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }
		}
	]
});

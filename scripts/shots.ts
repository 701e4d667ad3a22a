/**
 * Screenshots of every step at desktop and phone sizes, light and dark, for an
 * editor to review a story before it is published:
 *
 *   npm run shots                 # builds, then writes shots/<size>-<theme>/<nn>-<step>.png
 *
 * Each shot waits for the map's published state (the step's camera settled,
 * nothing moving), as the browser tests do. Steps come from the story file.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { loadContent } from '../src/lib/server/content.ts';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/chromium.ts';

const SIZES = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } } as const;
const THEMES = ['light', 'dark'] as const;
const OUT = process.env.SHOTS_DIR ?? 'shots';

const { story } = loadContent();
execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
const server = await preview({ preview: { port: 4191, strictPort: false }, logLevel: 'warn' });
const base = server.resolvedUrls!.local[0];
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
rmSync(OUT, { recursive: true, force: true });

try {
	for (const [size, viewport] of Object.entries(SIZES))
		for (const theme of THEMES) {
			const dir = join(OUT, `${size}-${theme}`);
			mkdirSync(dir, { recursive: true });
			const page = await browser.newPage({
				viewport,
				colorScheme: theme,
				reducedMotion: 'reduce',
				isMobile: size === 'phone',
				hasTouch: size === 'phone'
			});
			for (const [index, step] of story.steps.entries()) {
				await page.goto(`${base}?step=${step.id}`);
				const map = page.locator('#story-map');
				await map.and(page.locator('[data-ready="true"]')).waitFor({ state: 'attached', timeout: 120_000 });
				await map
					.and(page.locator(`[data-step="${step.id}"][data-moving="false"]`))
					.waitFor({ state: 'attached' });
				// Two frames: the last tiles and labels of the settled camera are painted.
				await page.evaluate(
					() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))
				);
				const file = join(dir, `${String(index + 1).padStart(2, '0')}-${step.id}.png`);
				await page.screenshot({ path: file });
				console.log(file);
			}
			await page.close();
		}
} finally {
	await browser.close();
	await new Promise<void>((done) => server.httpServer.close(() => done()));
}

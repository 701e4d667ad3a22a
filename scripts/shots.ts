/**
 * Screenshots of every step of every edition at desktop and phone sizes, light
 * and dark, for an editor to review a story before it is published:
 *
 *   npm run shots          # builds, then writes shots/<lang>-<size>-<theme>/<nn>-<step>.png
 *
 * SHOTS_STEPS=kerman,baghdad, SHOTS_LANGS=fa, SHOTS_THEMES=light narrow it;
 * SHOTS_BASE=http://localhost:4173 shoots an already running build instead of
 * building one. STORY_DIR shoots another story (docs/architecture.md).
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
import { editionLangs } from '../src/lib/server/editions.ts';
import { langParam, type Lang } from '../src/lib/locale/editions.ts';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/chromium.ts';

const SIZES = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } } as const;
const OUT = process.env.SHOTS_DIR ?? 'shots';
const only = (name: string) => process.env[name]?.split(',').filter(Boolean);
const THEMES = only('SHOTS_THEMES') ?? ['light', 'dark'];
const LANGS = only('SHOTS_LANGS') ?? editionLangs();
const STEPS = only('SHOTS_STEPS');

const { story } = loadContent();
const steps = story.steps.filter((step) => !STEPS || STEPS.includes(step.id));
if (!process.env.SHOTS_BASE)
	execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
const server = process.env.SHOTS_BASE
	? null
	: await preview({ preview: { port: 4191, strictPort: false }, logLevel: 'warn' });
const base = process.env.SHOTS_BASE?.replace(/\/?$/, '/') ?? server!.resolvedUrls!.local[0];
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
if (!STEPS && !only('SHOTS_LANGS')) rmSync(OUT, { recursive: true, force: true });

try {
	for (const lang of LANGS)
		for (const [size, viewport] of Object.entries(SIZES))
			for (const theme of THEMES) {
				const dir = join(OUT, `${lang}-${size}-${theme}`);
				const page_ = langParam(lang as Lang);
				mkdirSync(dir, { recursive: true });
				const page = await browser.newPage({
					viewport,
					colorScheme: theme as 'light' | 'dark',
					reducedMotion: 'reduce',
					isMobile: size === 'phone',
					hasTouch: size === 'phone'
				});
				for (const step of steps) {
					const index = story.steps.indexOf(step);
					await page.goto(`${base}${page_ ? `${page_}/` : ''}?step=${step.id}`);
					const map = page.locator('#story-map');
					await map.and(page.locator('[data-ready="true"]')).waitFor({ state: 'attached', timeout: 120_000 });
					await map
						.and(page.locator(`[data-step="${step.id}"][data-moving="false"]`))
						.waitFor({ state: 'attached' });
					// The live map, not the poster that stands in for it until it has drawn.
					await page.locator('.map-poster').waitFor({ state: 'detached', timeout: 120_000 });
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
	if (server) await new Promise<void>((done) => server.httpServer.close(() => done()));
}

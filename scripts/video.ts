/**
 * The story as a video: the camera tour with each step's caption, for every
 * edition at 1080 × 1920 (vertical feeds) and 1920 × 1080 (articles and
 * television), H.264 at 30 frames a second, with a WebVTT captions file
 * beside each. Frames are drawn on a frozen clock, so every run makes the
 * same video, only slower on a slower machine.
 *
 *   npm run video                                      # both editions, both sizes, into video/
 *   npm run video -- --steps kerman,baghdad --size 540x960 --lang en --no-build
 *
 * Needs ffmpeg with libx264 (Debian: apt-get install ffmpeg) and the browser
 * the tests use. SITE_URL, when set, puts the story's address on the last card.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/chromium.ts';
import { MESSAGES } from '../src/lib/locale/allMessages.ts';
import { localeFor } from '../src/lib/locale/locale.ts';
import { loadEdition } from '../src/lib/server/editions.ts';
import { siteRootFrom } from '../src/lib/server/site.ts';
import { serveFolders } from './lib/static-server.mjs';
import { bundleRenderer, pageStylesheet } from './video/bundle.ts';
import { rendererConfig } from './video/config.ts';
import { checkEncoder, startEncoder } from './video/encoder.ts';
import { parseVideoArgs } from './video/options.ts';
import { editionPlan, FPS } from './video/plan.ts';
import { progressLine } from './video/progress.ts';
import { renderShots } from './video/render.ts';
import { toWebVtt } from './video/webvtt.ts';

const root = resolve(import.meta.dirname, '..');

async function main() {
	const options = parseVideoArgs(process.argv.slice(2));
	checkEncoder();
	if (options.build) {
		console.log('Building the site…');
		execSync('npx vite build --logLevel warn', { cwd: root, stdio: 'inherit' });
	}
	const rendererDir = bundleRenderer(join(root, 'node_modules/.cache/story-video'));
	const stylesheet = pageStylesheet(join(root, 'build'));
	const server = await serveFolders(
		[
			['/__video/', rendererDir],
			['/', join(root, 'build')]
		],
		0
	);
	const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
	// The build's own reading of SITE_URL and BASE_PATH: the address on the last card is the one the story is published at.
	const site = siteRootFrom(process.env);
	if (!site) console.log('SITE_URL is not set: the last card carries no address.');
	const out = resolve(root, options.out);
	mkdirSync(out, { recursive: true });
	try {
		for (const lang of options.langs) {
			const content = loadEdition(lang, undefined, () => {});
			const locale = localeFor(lang, MESSAGES[lang]);
			for (const size of options.sizes) {
				const { steps, shots } = editionPlan(content.story, locale, {
					orientation: size.orientation,
					steps: options.steps,
					site: site?.href
				});
				const label = `${lang} ${size.name}`;
				const file = join(out, `${lang}-${size.name}.mp4`);
				const context = await browser.newContext({
					viewport: { width: size.width / size.scale, height: size.height / size.scale },
					deviceScaleFactor: size.scale,
					reducedMotion: 'no-preference'
				});
				const page = await context.newPage();
				const problems: string[] = [];
				page.on('pageerror', (error) => problems.push(error.message));
				page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
				page.on(
					'response',
					(response) => response.status() >= 400 && problems.push(`${response.status()} ${response.url()}`)
				);
				await page.addInitScript(
					(config) => Object.assign(window, { videoConfig: config }),
					rendererConfig(content, locale, size, steps, stylesheet)
				);
				await page.goto(`${server.url}/__video/renderer.html`);
				await page
					.waitForSelector('body[data-ready=true]', { timeout: 120_000 })
					.catch(() =>
						Promise.reject(
							new Error(`The video page did not start: ${problems.join('; ') || 'no error reported'}`)
						)
					);
				const encoder = startEncoder(file, FPS);
				const cues = await renderShots(page, shots, encoder, (progress) =>
					process.stdout.write(`\r${progressLine({ label, ...progress })}   `)
				);
				await encoder.end();
				await context.close();
				if (problems.length) throw new Error(`${label}: the video page reported ${problems.join('; ')}`);
				writeFileSync(file.replace(/\.mp4$/, '.vtt'), toWebVtt(cues, lang));
				console.log(`\n${label}: ${file} and its captions (${cues.at(-1)!.end.toFixed(1)} s)`);
			}
		}
	} finally {
		await browser.close();
		server.close();
	}
}

main().catch((error: Error) => {
	console.error(`\n${error.message}`);
	process.exit(1);
});

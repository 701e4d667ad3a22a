/**
 * npm run bench -- --lighthouse — Lighthouse 12 (mobile, simulated throttling,
 * its defaults) on the story page and on the classic baseline, and on each
 * embed's page (a publisher's article is judged with our frame inside it),
 * three runs each (`--runs=N` for another count), served as `npm run bench`
 * serves them (compressed, CDN-like). Prints the performance score and its
 * timings, and writes
 * bench/results/lighthouse.json. Lighthouse is fetched by npx on first use (it
 * is not a dependency: only this command needs it); Chromium is the tests' own.
 */
import { execFile, execSync } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumPath } from '../tests/chromium.ts';
import { buildBaseline } from './baseline/build.ts';
import { serveStatic } from './lib/server.ts';
import { summarize } from './lib/stats.ts';

const LIGHTHOUSE = 'lighthouse@12';
const RUNS = Number(process.argv.find((a) => a.startsWith('--runs='))?.slice(7) ?? 3);
const root = join(import.meta.dirname, '..');

interface Audit {
	numericValue?: number;
}
interface Report {
	categories: { performance: { score: number } };
	audits: Record<string, Audit>;
}

console.log('Building the site and the baseline…');
execSync('npx vite build', { cwd: root, stdio: 'ignore' });
const baselineDir = buildBaseline();
const ours = await serveStatic(join(root, 'build'), 4330);
const baseline = await serveStatic(baselineDir, 4331);
const firstStep = readFileSync(join(root, 'src/content/story.aml'), 'utf8').match(/^id:\s*(\S+)/m)?.[1] ?? '';
const pages = {
	ours: 'http://127.0.0.1:4330/',
	baseline: 'http://127.0.0.1:4331/',
	'stepper embed': 'http://127.0.0.1:4330/embed/',
	'single view embed': `http://127.0.0.1:4330/embed/?mode=single&step=${firstStep}`,
	'scroll embed': 'http://127.0.0.1:4330/embed/scroll/',
	'captions map embed': 'http://127.0.0.1:4330/embed/?mode=captions'
};
type PageName = keyof typeof pages;
const EMBEDS = Object.keys(pages).slice(2) as PageName[];
const out = join(tmpdir(), 'storymap-lighthouse.json');
const results: Record<
	PageName,
	{ score: number; fcp: number; lcp: number; tbt: number; cls: number; si: number }[]
> = Object.fromEntries(Object.keys(pages).map((name) => [name, []])) as unknown as Record<PageName, never[]>;
try {
	for (let i = 0; i < RUNS; i++)
		for (const name of Object.keys(pages) as PageName[]) {
			process.stdout.write(`run ${i + 1}/${RUNS} ${name}… `);
			rmSync(out, { force: true });
			// Asynchronous: the pages are served from this process, which must stay free to answer.
			await promisify(execFile)(
				'npx',
				[
					'--yes',
					LIGHTHOUSE,
					pages[name],
					'--only-categories=performance',
					'--output=json',
					`--output-path=${out}`,
					'--quiet',
					'--chrome-flags=--headless=new --no-sandbox --use-angle=swiftshader --enable-unsafe-swiftshader'
				],
				{ env: { ...process.env, CHROME_PATH: chromiumPath() }, maxBuffer: 64 * 1024 * 1024 }
			);
			const report = JSON.parse(readFileSync(out, 'utf8')) as Report;
			const value = (id: string) => report.audits[id]?.numericValue ?? NaN;
			const run = {
				score: Math.round(report.categories.performance.score * 100),
				fcp: value('first-contentful-paint'),
				lcp: value('largest-contentful-paint'),
				tbt: value('total-blocking-time'),
				cls: value('cumulative-layout-shift'),
				si: value('speed-index')
			};
			results[name].push(run);
			console.log(`score ${run.score}, TBT ${Math.round(run.tbt)} ms`);
		}
} finally {
	ours.close();
	baseline.close();
}

const row = (label: string, pick: (r: (typeof results)['ours'][number]) => number, digits = 0) => {
	const [o, b] = [summarize(results.ours.map(pick)), summarize(results.baseline.map(pick))];
	const fmt = (s: ReturnType<typeof summarize>) =>
		`${s.median.toFixed(digits)} (${s.min.toFixed(digits)}–${s.max.toFixed(digits)})`;
	console.log(
		`${label.padEnd(28)} ${fmt(o).padEnd(26)} ${fmt(b).padEnd(26)} ${(o.median / b.median).toFixed(2)}`
	);
};
console.log(`\nLighthouse 12, mobile, simulated throttling; medians (min–max) of ${RUNS} runs\n`);
console.log(`${'metric'.padEnd(28)} ${'ours'.padEnd(26)} ${'classic baseline'.padEnd(26)} ours/baseline`);
row('performance score', (r) => r.score);
row('first contentful paint ms', (r) => r.fcp);
row('largest contentful paint ms', (r) => r.lcp);
row('total blocking time ms', (r) => r.tbt);
row('speed index ms', (r) => r.si);
row('cumulative layout shift', (r) => r.cls, 3);
console.log(`\n${'embed page'.padEnd(28)} ${'score'.padEnd(16)} ${'blocking ms'.padEnd(18)} layout shift`);
for (const name of EMBEDS) {
	const pick = (f: (r: (typeof results)['ours'][number]) => number, digits = 0) => {
		const s = summarize(results[name].map(f));
		return `${s.median.toFixed(digits)} (${s.min.toFixed(digits)}–${s.max.toFixed(digits)})`;
	};
	console.log(
		`${name.padEnd(28)} ${pick((r) => r.score).padEnd(16)} ${pick((r) => r.tbt).padEnd(18)} ${pick((r) => r.cls, 3)}`
	);
}
mkdirSync(join(import.meta.dirname, 'results'), { recursive: true });
writeFileSync(
	join(import.meta.dirname, 'results/lighthouse.json'),
	JSON.stringify({ date: new Date().toISOString(), lighthouse: LIGHTHOUSE, results }, null, 2)
);
console.log('Figures written to bench/results/lighthouse.json');

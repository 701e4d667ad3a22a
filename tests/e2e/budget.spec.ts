// Byte budgets of the build output (deterministic: no browser, no timing).
// Runs after the Playwright web server has built the site into build/.
import { expect, test } from '@playwright/test';
import { firstViewAssets, totals } from '../../bench/lib/firstView.ts';

const KB = 1024;
// 100 KB until the corrections: the log, the longer sources and the dated figures
// added 4.8 KB (all story text is in the HTML and again in its hydration data).
// 112 KB with the time rail, Share and Print (+3.4 KB after the Embed dialog and the
// rail itself were made to load on demand, -1.6 KB); 116 KB with the editions' interface
// strings and date formats (+3.9 KB); 117 KB with the rest of the Persian edition: the
// embed, map and notice strings, the right-to-left plugin's loader and mirrored label
// anchors (+1.4 KB; a translation's strings now load only on its own pages, which
// saved 0.8 KB of Persian on English pages and keeps a third edition from adding any).
// The next cut is to 70 KB.
const BUDGET_WITHOUT_MAPLIBRE = 117 * KB;
const BUDGET_ALL = 600 * KB;

test('the first view fits its byte budgets (gzip)', () => {
	const assets = firstViewAssets('build');
	const { withoutMapLibre, all } = totals(assets);
	const rows = assets.map(
		(a) => `  ${a.group.padEnd(8)} ${(a.gzip / KB).toFixed(1).padStart(7)} KB  ${a.file}`
	);
	console.log(
		[
			'First view, gzip:',
			...rows,
			`  everything but MapLibre: ${(withoutMapLibre / KB).toFixed(1)} KB (budget ${BUDGET_WITHOUT_MAPLIBRE / KB} KB)`,
			`  with MapLibre:           ${(all / KB).toFixed(1)} KB (budget ${BUDGET_ALL / KB} KB)`
		].join('\n')
	);
	expect(assets.filter((a) => a.group === 'maplibre').length, 'MapLibre main, worker and CSS found').toBe(3);
	expect(assets.filter((a) => a.group === 'data').length).toBe(2);
	expect(withoutMapLibre).toBeLessThanOrEqual(BUDGET_WITHOUT_MAPLIBRE);
	expect(all).toBeLessThanOrEqual(BUDGET_ALL);
});

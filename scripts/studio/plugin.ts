/**
 * The authoring studio, served by `npm run dev` at /studio and never built:
 * every step of every edition at phone and desktop size (the posters the
 * pages themselves paint first, from the same cameras), the pre-publish
 * checks beside the steps they concern, and a large live view of any step to
 * pin its camera or add a place from a click. Vite's `apply: 'serve'` keeps
 * all of it out of `vite build`.
 */
import { readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { EDITIONS, langParam, type Lang } from '../../src/lib/locale/editions.ts';
import { contentPaths } from '../../src/lib/server/content.ts';
import { editionLangs, loadEdition } from '../../src/lib/server/editions.ts';
import { preflight, type Finding } from '../preflight/checks.ts';
import { placeFromClick } from './placeFeature.ts';

/** What the studio page draws: the editions, their steps, and every finding. */
export interface StudioReport {
	editions: {
		lang: Lang;
		dir: 'ltr' | 'rtl';
		/** The edition's pages: "/" or "/fa/". */
		path: string;
		steps: { id: string; title: string; explore: boolean }[];
	}[];
	findings: Finding[];
}

async function report(): Promise<StudioReport> {
	const paths = contentPaths();
	const findings = await preflight(paths, { buildDir: '' });
	const editions = editionLangs(paths).flatMap((lang) => {
		try {
			const { story } = loadEdition(lang, paths, () => {});
			const param = langParam(lang);
			return [
				{
					lang,
					dir: EDITIONS[lang].dir,
					path: param ? `/${param}/` : '/',
					steps: story.steps.map((s) => ({ id: s.id, title: s.title, explore: s.explore }))
				}
			];
		} catch {
			return []; // its problems are among the findings
		}
	});
	return { editions, findings };
}

function send(res: ServerResponse, status: number, type: string, body: string) {
	res.statusCode = status;
	res.setHeader('content-type', type);
	res.setHeader('cache-control', 'no-store');
	res.end(body);
}

export function studio(): Plugin {
	const page = fileURLToPath(new URL('./studio.html', import.meta.url));
	return {
		name: 'storymap:studio',
		apply: 'serve',
		configureServer(server) {
			server.middlewares.use(async (req, res, next) => {
				const url = new URL(req.url ?? '/', 'http://studio');
				try {
					if (url.pathname === '/studio' || url.pathname === '/studio/') {
						const html = await server.transformIndexHtml('/studio/', readFileSync(page, 'utf8'));
						return send(res, 200, 'text/html', html);
					}
					if (url.pathname === '/__studio/report.json')
						return send(res, 200, 'application/json', JSON.stringify(await report()));
					if (url.pathname === '/__studio/place') {
						const [lon, lat, zoom] = ['lon', 'lat', 'zoom'].map((key) => Number(url.searchParams.get(key)));
						const name = url.searchParams.get('name')?.trim() ?? '';
						if (![lon, lat, zoom].every(Number.isFinite) || !name)
							return send(res, 400, 'text/plain', 'lon, lat, zoom and name are needed');
						const content = loadEdition('en', contentPaths(), () => {});
						const taken = new Set(content.places.map((p) => p.id));
						const place = placeFromClick([lon, lat], name, zoom, content.layers, taken);
						return send(res, 200, 'application/json', JSON.stringify(place));
					}
				} catch (error) {
					return send(res, 500, 'text/plain', (error as Error).message);
				}
				next();
			});
		}
	};
}

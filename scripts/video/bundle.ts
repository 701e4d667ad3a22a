/** The video's page, bundled once into a folder of its own beside the build it draws from. */
import { copyFileSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { buildSync } from 'esbuild';

const require = createRequire(import.meta.url);
const here = import.meta.dirname;

export function bundleRenderer(outDir: string): string {
	rmSync(outDir, { recursive: true, force: true });
	mkdirSync(outDir, { recursive: true });
	buildSync({
		entryPoints: [join(here, 'renderer.ts')],
		bundle: true,
		format: 'esm',
		target: 'es2022',
		external: ['maplibre-gl'],
		outfile: join(outDir, 'renderer.js'),
		logLevel: 'error'
	});
	for (const file of ['renderer.html', 'renderer.css']) copyFileSync(join(here, file), join(outDir, file));
	for (const file of ['maplibre-gl.mjs', 'maplibre-gl-worker.mjs', 'maplibre-gl.css'])
		copyFileSync(require.resolve(`maplibre-gl/dist/${file}`), join(outDir, file));
	return outDir;
}

/**
 * The story page's own stylesheet in a build (src/app.css, the root layout's):
 * the video's cards take its faces, colours and card from it.
 */
export function pageStylesheet(buildDir: string): string {
	const page = readFileSync(join(buildDir, 'index.html'), 'utf8');
	const href = /_app\/immutable\/assets\/0\.[\w-]+\.css/.exec(page)?.[0];
	if (!href)
		throw new Error(
			`${join(buildDir, 'index.html')}: the page's stylesheet (_app/immutable/assets/0.*.css) is not linked`
		);
	return `/${href}`;
}

/** The video's page, bundled once into a folder of its own beside the build it draws from. */
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
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
	const fonts = join(require.resolve('vazirmatn/package.json'), '../misc/Non-Latin/fonts/webfonts');
	for (const file of ['Vazirmatn-NL-Regular.woff2', 'Vazirmatn-NL-Bold.woff2'])
		copyFileSync(join(fonts, file), join(outDir, file));
	return outDir;
}

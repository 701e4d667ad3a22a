#!/usr/bin/env node
/**
 * Runs npm scripts side by side and prints each one's output whole, in the
 * order given, once it ends; exits non-zero if any of them failed. The quick
 * checks (types, lint, unit tests) are mostly one core each, and a machine has
 * two: side by side they take the time of the slowest rather than the sum.
 *
 *   node scripts/parallel.mjs check lint test:unit
 */
import { spawn } from 'node:child_process';

const scripts = process.argv.slice(2);
if (scripts.length === 0) {
	console.error('Usage: node scripts/parallel.mjs <npm script>…');
	process.exit(2);
}

const started = Date.now();
const runs = scripts.map(
	(script) =>
		new Promise((resolve) => {
			const child = spawn('npm', ['run', '--silent', script], { env: { ...process.env, FORCE_COLOR: '1' } });
			let output = '';
			child.stdout.on('data', (chunk) => (output += chunk));
			child.stderr.on('data', (chunk) => (output += chunk));
			child.on('close', (code) =>
				resolve({ script, code, output, seconds: ((Date.now() - started) / 1000).toFixed(1) })
			);
		})
);

let failed = 0;
for (const run of runs) {
	const { script, code, output, seconds } = await run;
	console.log(
		`\n── npm run ${script}: ${code === 0 ? 'passed' : `failed (exit ${code})`} after ${seconds} s`
	);
	process.stdout.write(output);
	if (code !== 0) failed++;
}
process.exit(failed > 0 ? 1 : 0);

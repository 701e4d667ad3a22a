/**
 * The pre-publish check: `npm run preflight`. Prints every finding, editions
 * and steps named, and exits non-zero when anything would ship broken.
 * STORY_DIR checks another story (docs/architecture.md). Run `npm run build`
 * first to have the bytes checked too.
 */
import { contentPaths } from '../src/lib/server/content.ts';
import { preflight } from './preflight/checks.ts';

const findings = await preflight(contentPaths(), { buildDir: process.env.BUILD_DIR ?? 'build' });
for (const finding of findings)
	console.log(
		`${finding.severity === 'error' ? 'error  ' : 'warning'} ${finding.lang}${finding.step ? ` step "${finding.step}"` : ''}: ${finding.text}`
	);
const errors = findings.filter((f) => f.severity === 'error').length;
console.log(
	errors > 0
		? `${errors} error${errors === 1 ? '' : 's'}: fix before publishing.`
		: `Ready to publish${findings.length ? ` (${findings.length} warning${findings.length === 1 ? '' : 's'})` : ''}.`
);
process.exitCode = errors > 0 ? 1 : 0;

import type { Page } from '@playwright/test';

/**
 * What went wrong in a measured page: uncaught errors, console errors (the
 * browser reports a Content Security Policy refusal there) and failed
 * requests. A page whose map data was refused still says it is ready and
 * draws an empty map fast, so its figures would look like a win: the benchmark
 * stops rather than print them. Requests the page itself abandoned
 * (ERR_ABORTED, a poster the live map replaced) are not failures.
 */
export function watchForProblems(page: Page): string[] {
	const problems: string[] = [];
	page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
	page.on('console', (message) => {
		if (message.type() === 'error') problems.push(`console: ${message.text()}`);
	});
	page.on('requestfailed', (request) => {
		const reason = request.failure()?.errorText ?? 'failed';
		if (!reason.includes('ERR_ABORTED')) problems.push(`request ${request.url()}: ${reason}`);
	});
	return problems;
}

/** Throws with the page's problems, if it had any: its figures would measure a broken page. */
export function assertNoProblems(name: string, problems: string[]): void {
	if (problems.length === 0) return;
	const shown = problems.slice(0, 5).map((problem) => `  ${problem}`);
	if (problems.length > 5) shown.push(`  … and ${problems.length - 5} more`);
	throw new Error(
		`The ${name} page went wrong while it was measured, so its figures are not printed:\n${shown.join('\n')}`
	);
}

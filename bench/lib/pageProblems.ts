import type { Page } from '@playwright/test';

/**
 * What went wrong in a measured page: uncaught errors, console errors (the
 * browser reports a Content Security Policy refusal there), failed requests
 * and error responses. A page whose map data was refused still says it is
 * ready and draws an empty map fast, so its figures would look like a win: the
 * benchmark stops rather than print them. Requests the page itself abandoned
 * (ERR_ABORTED, a poster the live map replaced) are not failures, nor is the
 * browser's own request for /favicon.ico, which the classic page never had.
 */
export function watchForProblems(page: Page): string[] {
	const problems: string[] = [];
	page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
	page.on('console', (message) => {
		// Error responses are reported below, with their address.
		if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
			problems.push(`console: ${message.text()}`);
	});
	page.on('requestfailed', (request) => {
		const reason = request.failure()?.errorText ?? 'failed';
		if (!reason.includes('ERR_ABORTED')) problems.push(`request ${request.url()}: ${reason}`);
	});
	page.on('response', (response) => {
		if (response.status() >= 400 && new URL(response.url()).pathname !== '/favicon.ico')
			problems.push(`HTTP ${response.status()} ${response.url()}`);
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

import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

/**
 * Printed at the end of every browser run, after the usual report: how long
 * the run took, how many tests passed, failed or were skipped, how many needed
 * a retry (a retry that passed is a flake to mend, not a pass), and the ten
 * slowest tests with their times, the first place to look when the suite
 * slows down.
 */
export default class SummaryReporter implements Reporter {
	private readonly started = Date.now();
	private readonly tests = new Map<TestCase, TestResult[]>();

	onTestEnd(test: TestCase, result: TestResult) {
		this.tests.set(test, [...(this.tests.get(test) ?? []), result]);
	}

	onEnd(result: FullResult) {
		if (this.tests.size === 0) return;
		const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
		const name = (test: TestCase) => {
			const [, project, file, ...titles] = test.titlePath();
			return `[${project}] ${file.split('/').pop()} › ${titles.join(' › ')}`;
		};
		const outcomes = [...this.tests.keys()].map((test) => test.outcome());
		const count = (outcome: ReturnType<TestCase['outcome']>) => outcomes.filter((o) => o === outcome).length;
		const retried = [...this.tests].filter(([, results]) => results.length > 1).map(([test]) => name(test));
		const runs = [...this.tests].flatMap(([test, results]) => results.map((r) => ({ test, ms: r.duration })));
		const slowest = runs.sort((a, b) => b.ms - a.ms).slice(0, 10);
		console.log(
			[
				'',
				`Browser tests: ${result.status} in ${seconds(Date.now() - this.started)} (wall clock, builds and servers included)`,
				`  ${count('expected')} passed, ${count('unexpected')} failed, ${count('flaky')} flaky, ${count('skipped')} skipped; ${retried.length} retried${retried.length ? `: ${retried.join('; ')}` : ''}`,
				'  The ten slowest:',
				...slowest.map((run) => `  ${seconds(run.ms).padStart(8)}  ${name(run.test)}`)
			].join('\n')
		);
	}

	printsToStdio() {
		return false;
	}
}

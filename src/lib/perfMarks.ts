/**
 * Performance marks for the benchmark (bench/run.ts reads every one through a
 * PerformanceObserver installed before the page runs). Only the latest of each
 * name stays in the timeline, so a long reading session does not grow it.
 */
export function mark(name: string, detail?: unknown): void {
	performance.clearMarks(name);
	performance.mark(name, { detail });
}

/**
 * Performance marks for the benchmark (bench/run.ts collects them with a
 * PerformanceObserver). Only the latest of each name is kept, so a long
 * reading session does not grow the timeline.
 */
export function mark(name: string, detail?: unknown): void {
	performance.clearMarks(name);
	performance.mark(name, { detail });
}

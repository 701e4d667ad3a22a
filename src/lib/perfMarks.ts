/**
 * Performance marks for the benchmark (bench/run.ts reads the latest of each
 * name after a run). Only the latest is kept, so a long reading session does
 * not grow the timeline.
 */
export function mark(name: string, detail?: unknown): void {
	performance.clearMarks(name);
	performance.mark(name, { detail });
}

/**
 * IntersectionObserver root margin that shrinks the viewport to a thin band
 * at `triggerLine` (a fraction of its height): a step is active while its
 * section crosses that band.
 */
export function rootMarginFor(triggerLine: number, bandFraction = 0.01): string {
	const top = triggerLine * 100;
	const bottom = 100 - top - bandFraction * 100;
	return `-${top.toFixed(2)}% 0px -${Math.max(0, bottom).toFixed(2)}% 0px`;
}

/**
 * The active step from the sections crossing the band: the last one, so that
 * at a boundary the step being scrolled into wins. With none crossing (above
 * the first step, or between sections), the previous answer stands.
 */
export function activeIndex(crossing: ReadonlySet<number>, previous: number): number {
	return crossing.size === 0 ? previous : Math.max(...crossing);
}

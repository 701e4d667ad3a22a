/** A section's extent in document coordinates (px from the top of the document). */
export interface SectionBox {
	top: number;
	bottom: number;
}

/**
 * The active step as a pure function of where the trigger line is (document
 * y): the last section whose top is at or above the line. Above the first
 * section that is the first step, below the last the last, and in a gap
 * between sections the step above it. Never depends on an earlier answer,
 * so a jump lands where a slow scroll does. Sections are in document order.
 */
export function activeAtLine(sections: readonly SectionBox[], line: number): number {
	let low = 0;
	let high = sections.length - 1;
	let found = 0;
	// Binary search: a 1,000-step story answers every scroll frame in ten comparisons.
	while (low <= high) {
		const middle = (low + high) >> 1;
		if (sections[middle].top <= line) {
			found = middle;
			low = middle + 1;
		} else high = middle - 1;
	}
	return found;
}

export interface Summary {
	median: number;
	min: number;
	max: number;
	n: number;
}

export function summarize(values: number[]): Summary {
	const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
	if (sorted.length === 0) return { median: NaN, min: NaN, max: NaN, n: 0 };
	const middle = Math.floor(sorted.length / 2);
	const median = sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
	return { median, min: sorted[0], max: sorted.at(-1)!, n: sorted.length };
}

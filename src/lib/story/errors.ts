/** One problem in the content, located precisely enough for an editor to fix it. */
export interface ContentIssue {
	file: string;
	/** e.g. `step "kerman"` or `feature "kerman-city"`; absent for file-level problems. */
	where?: string;
	field?: string;
	message: string;
}

/** Where a layer's problems are reported: the file an editor opens. */
export const layerFile = (layer: { id: string }) => `geo/${layer.id}.geojson`;

export function formatIssue(issue: ContentIssue): string {
	const place = [issue.file, issue.where, issue.field && `field "${issue.field}"`].filter(Boolean).join(', ');
	return `${place}: ${issue.message}`;
}

/** Thrown by the loader so that `vite build` stops with every problem listed. */
export class ContentError extends Error {
	readonly issues: ContentIssue[];

	constructor(issues: ContentIssue[]) {
		super(
			`The story content has ${issues.length} problem${issues.length === 1 ? '' : 's'}:\n` +
				issues.map((issue) => `  - ${formatIssue(issue)}`).join('\n')
		);
		this.name = 'ContentError';
		this.issues = issues;
	}
}

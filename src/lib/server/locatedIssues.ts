import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatIssue, type ContentIssue } from '../story/errors.ts';
import { issueLine } from '../story/issueLines.ts';
import { DEFAULT_PATHS, type ContentPaths } from './content.ts';

/** A content problem as the editor's page shows it: with its line, where it has one. */
export interface LocatedIssue extends ContentIssue {
	line?: number;
	/** The whole sentence, as the build prints it. */
	text: string;
}

/** Each problem with the line of its file it points at (the files read once each). */
export function locatedIssues(issues: ContentIssue[], paths: ContentPaths = DEFAULT_PATHS): LocatedIssue[] {
	const sources = new Map<string, string | null>();
	const source = (file: string) => {
		if (!sources.has(file)) {
			try {
				sources.set(file, readFileSync(join(paths.root, file), 'utf8'));
			} catch {
				sources.set(file, null);
			}
		}
		return sources.get(file) ?? null;
	};
	return issues.map((issue) => {
		const text = source(issue.file);
		const line = text === null ? undefined : issueLine(text, issue);
		return { ...issue, ...(line ? { line } : {}), text: formatIssue(issue) };
	});
}

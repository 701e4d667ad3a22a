/**
 * The line of its file a content problem points at, so an editor's page can
 * say "story.aml, line 134" rather than leave them to search: the step's or
 * feature's line, or the field's line inside it where the field is written.
 */
import type { ContentIssue } from './errors.ts';

/** `step "kerman"`, `step #3`, `feature "kerman-city"`, `feature #2`. */
const WHERE = /^(step|feature) (?:"([^"]+)"|#(\d+))$/;

/** 1-based; undefined where the problem names no step or feature, or it cannot be found. */
export function issueLine(source: string, issue: ContentIssue): number | undefined {
	const match = issue.where ? WHERE.exec(issue.where) : null;
	if (!match) return undefined;
	const [, kind, id, ordinal] = match;
	const lines = source.split('\n');
	const json = issue.file.endsWith('.geojson') || issue.file.endsWith('.json');
	// Where each step or feature starts: an ArchieML `id:` line, or a feature's "type": "Feature".
	const starts = lines.flatMap((line, i) => {
		if (json) return /"type"\s*:\s*"Feature"/.test(line) ? [i] : [];
		return /^\s*id\s*:/.test(line) && kind === 'step' ? [i] : [];
	});
	let start: number | undefined;
	if (ordinal !== undefined) start = starts[Number(ordinal) - 1];
	else if (json) {
		const idLine = lines.findIndex((line) => line.includes(`"id": "${id}"`) || line.includes(`"id":"${id}"`));
		if (idLine >= 0) start = idLine;
	} else start = starts.find((i) => lines[i].replace(/^\s*id\s*:\s*/, '').trim() === id);
	if (start === undefined) return undefined;
	if (!issue.field) return start + 1;
	// The field, written before the next step or feature begins (a step's first key is its id).
	const end = starts.find((i) => i > start!) ?? lines.length;
	const field = json
		? new RegExp(`"${escape(issue.field)}"\\s*:`)
		: new RegExp(`^\\s*${escape(issue.field)}\\s*:`);
	for (let i = start; i < end; i++) if (field.test(lines[i])) return i + 1;
	return start + 1;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

import archieml from 'archieml';
import { parseBasemapArchive } from './basemapArchive.ts';
import { isIsoDate } from './dates.ts';
import type { ContentIssue } from './errors.ts';
import { isSafeHref, parseParagraphs } from './inline.ts';
import {
	PHONE_LAYOUTS,
	type ArcSpec,
	type CameraOverrides,
	type LonLat,
	type PhoneLayout,
	type Source,
	type Step,
	type Story,
	type StoryUpdate
} from './types.ts';
import { isValidId, positionProblem, sourcesProblem } from './validateLayer.ts';

const STORY_FIELDS = [
	'title',
	'dek',
	'byline',
	'published',
	'distanceFrom',
	'phoneLayout',
	'basemap',
	'credits',
	'sources',
	'updates',
	'steps'
];
const UPDATE_FIELDS = ['date', 'change', 'why', 'source'] as const;

/**
 * The closest a framed (computed) camera may go. Beyond it Natural Earth 1:10m
 * has nothing more to draw, and a view of one or two dots on a flat fill tells
 * the reader nothing; an editor who wants closer sets "center" and "zoom".
 */
export const MAX_FRAMED_ZOOM = 10;
const STEP_FIELDS = [
	'id',
	'title',
	'date',
	'dateLabel',
	'text',
	'focus',
	'layers',
	'highlight',
	'arcs',
	'bearing',
	'pitch',
	'maxZoom',
	'zoom',
	'center',
	'explore',
	'mapDescription'
];

/** "a, b,c" -> ["a", "b", "c"] */
function list(value: string | undefined): string[] {
	return (value ?? '')
		.split(',')
		.map((item) => item.trim())
		.filter(Boolean);
}

/**
 * `from -> to: label` or `from ~> to: label` (schematic: only the ends are
 * known), several separated by ";".
 */
export function parseArcs(value: string): { arcs: ArcSpec[]; problems: string[] } {
	const arcs: ArcSpec[] = [];
	const problems: string[] = [];
	for (const part of value
		.split(';')
		.map((p) => p.trim())
		.filter(Boolean)) {
		const match = /^([\w-]+)\s*(->|~>)\s*([\w-]+)\s*(?::\s*(.+))?$/.exec(part);
		if (!match) {
			problems.push(`"${part}" is not "from -> to: label" (or "~>" for a schematic route)`);
			continue;
		}
		const [, from, arrow, to, label] = match;
		arcs.push({ id: `${from}--${to}`, from, to, label: label?.trim(), schematic: arrow === '~>' });
	}
	return { arcs, problems };
}

function text(value: unknown): string | undefined {
	return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

/**
 * Turns the ArchieML story file into a typed Story. Place and layer ids are
 * checked later against the geo layers (validateContent); this only checks
 * what the story file can say about itself.
 */
/** An ArchieML file's fields; one that cannot be read is an issue, and reads as empty. */
export function readArchieMl(file: string, source: string, issues: ContentIssue[]): Record<string, unknown> {
	try {
		return archieml.load(source);
	} catch (error) {
		issues.push({ file, message: `cannot be read as ArchieML: ${(error as Error).message}` });
		return {};
	}
}

export function parseStory(file: string, source: string): { story: Story; issues: ContentIssue[] } {
	const issues: ContentIssue[] = [];
	const raw = readArchieMl(file, source, issues);
	const top = (field: string, message: string) => issues.push({ file, field, message });

	for (const key of Object.keys(raw))
		if (!STORY_FIELDS.includes(key)) top(key, `unknown field (known: ${STORY_FIELDS.join(', ')})`);
	for (const field of ['title', 'dek', 'byline'] as const) if (!text(raw[field])) top(field, 'missing text');
	const published = text(raw.published);
	if (!published || !isIsoDate(published))
		top('published', `${JSON.stringify(raw.published ?? '')} is not a date written YYYY-MM-DD`);

	const sources = (Array.isArray(raw.sources) ? raw.sources : []) as Source[];
	const sourceProblem = sourcesProblem(raw.sources);
	if (sourceProblem) top('sources', sourceProblem);

	const phoneLayout = text(raw.phoneLayout) ?? 'split';
	if (!PHONE_LAYOUTS.includes(phoneLayout as PhoneLayout))
		top('phoneLayout', `${JSON.stringify(phoneLayout)} is not one of ${PHONE_LAYOUTS.join(', ')}`);

	const updates = parseUpdates(file, raw.updates, issues);
	const credits = parseParagraphs(typeof raw.credits === 'string' ? raw.credits : '');
	for (const token of credits.flat())
		if (token.type === 'link' && !isSafeHref(token.href))
			top('credits', `link "${token.href}" must be an http(s) address or a #anchor`);

	const rawSteps = Array.isArray(raw.steps) ? (raw.steps as Record<string, unknown>[]) : [];
	if (rawSteps.length === 0) top('steps', 'the story needs at least one step in [steps]');

	const steps: Step[] = rawSteps.map((rawStep, index) => parseStep(file, rawStep, index, issues));

	const seen = new Set<string>();
	for (const step of steps) {
		if (seen.has(step.id))
			issues.push({ file, where: `step "${step.id}"`, field: 'id', message: 'duplicate step id' });
		seen.add(step.id);
	}

	const basemap = parseBasemapArchive(raw.basemap, (field, message) => top(field, message));
	const story: Story = {
		title: text(raw.title) ?? '',
		dek: text(raw.dek) ?? '',
		byline: text(raw.byline) ?? '',
		published: published ?? '',
		updates,
		credits,
		distanceFrom: text(raw.distanceFrom),
		phoneLayout: phoneLayout as PhoneLayout,
		// Only when named: a story without an archive carries no trace of one (its pages stay as they were).
		...(basemap ? { basemap } : {}),
		sources,
		steps
	};
	return { story, issues };
}

/**
 * The corrections and updates log: `[updates]` with date, change, why and
 * source for every entry. Optional; a story without it has no "Updated" line.
 */
function parseUpdates(file: string, value: unknown, issues: ContentIssue[]): StoryUpdate[] {
	if (value === undefined) return [];
	if (!Array.isArray(value)) {
		issues.push({ file, field: 'updates', message: 'must be a list: [updates] … []' });
		return [];
	}
	return value.map((entry: Record<string, unknown>, index) =>
		readUpdate(entry, (field, message) =>
			issues.push({ file, where: `update #${index + 1}`, field, message })
		)
	);
}

/** One entry of an updates log: every field present, the date written YYYY-MM-DD. */
export function readUpdate(
	entry: Record<string, unknown>,
	report: (field: string, message: string) => void
): StoryUpdate {
	for (const key of Object.keys(entry))
		if (!(UPDATE_FIELDS as readonly string[]).includes(key))
			report(key, `unknown field (known: ${UPDATE_FIELDS.join(', ')})`);
	const date = text(entry.date);
	if (!date || !isIsoDate(date))
		report('date', `${JSON.stringify(entry.date ?? '')} is not a date written YYYY-MM-DD`);
	for (const field of ['change', 'why', 'source'] as const)
		if (!text(entry[field])) report(field, 'missing text');
	return {
		date: date ?? '',
		change: text(entry.change) ?? '',
		why: text(entry.why) ?? '',
		source: text(entry.source) ?? ''
	};
}

function parseStep(file: string, raw: Record<string, unknown>, index: number, issues: ContentIssue[]): Step {
	const id = text(raw.id) ?? '';
	const where = isValidId(id) ? `step "${id}"` : `step #${index + 1}`;
	const report = (field: string, message: string) => issues.push({ file, where, field, message });

	for (const key of Object.keys(raw))
		if (!STEP_FIELDS.includes(key)) report(key, `unknown field (known: ${STEP_FIELDS.join(', ')})`);
	if (!isValidId(id))
		report('id', `${JSON.stringify(raw.id ?? '')} is not a stable id (lowercase words joined by "-")`);
	const title = text(raw.title);
	if (!title) report('title', 'missing text');
	const body = parseParagraphs(typeof raw.text === 'string' ? raw.text : '');
	if (body.length === 0) report('text', 'missing text (end a multi-line text with ":end")');
	for (const token of body.flat())
		if (token.type === 'link' && !isSafeHref(token.href))
			report('text', `link "${token.href}" must be an http(s) address or a #anchor`);

	const date = text(raw.date);
	if (date !== undefined && !isIsoDate(date)) report('date', `"${date}" is not a date written YYYY-MM-DD`);
	const dateLabel = text(raw.dateLabel);
	if (dateLabel !== undefined && date === undefined)
		report('dateLabel', 'says what "date" is, but the step has no date');

	const focus = list(raw.focus as string | undefined);
	if (focus.length === 0 && raw.center === undefined)
		report('focus', 'name at least one place id for the camera to frame');

	const { arcs, problems } = parseArcs(typeof raw.arcs === 'string' ? raw.arcs : '');
	for (const problem of problems) report('arcs', problem);

	const camera: CameraOverrides = {};
	for (const field of ['bearing', 'pitch', 'maxZoom', 'zoom'] as const) {
		if (raw[field] === undefined) continue;
		const value = Number(raw[field]);
		const limits = { bearing: [-360, 360], pitch: [0, 60], maxZoom: [0, 22], zoom: [0, 22] }[field];
		if (!isFinite(value) || value < limits[0] || value > limits[1])
			report(field, `${JSON.stringify(raw[field])} is not a number from ${limits[0]} to ${limits[1]}`);
		else if (field === 'maxZoom' && value > MAX_FRAMED_ZOOM)
			report(
				field,
				`${value} is closer than the basemap can fill (its finest scale, 1:10m, holds up to zoom ${MAX_FRAMED_ZOOM}): ` +
					'lower it, or give "center" and "zoom" for a fixed closer shot'
			);
		else camera[field] = value;
	}
	if (raw.center !== undefined) {
		const center = list(raw.center as string).map(Number);
		const problem = positionProblem(center);
		if (problem || center.length !== 2) report('center', problem ?? 'write it as "lon, lat"');
		else camera.center = center as LonLat;
	}
	if ((camera.center === undefined) !== (camera.zoom === undefined))
		report(camera.center ? 'zoom' : 'center', 'an editorial camera needs both "center" and "zoom"');

	const explore = text(raw.explore);
	if (explore !== undefined && explore !== 'true' && explore !== 'false')
		report('explore', 'must be true or false');

	const highlight = list(raw.highlight as string | undefined);
	return {
		id,
		title: title ?? '',
		date,
		dateLabel,
		body,
		focus,
		layers: list(raw.layers as string | undefined),
		highlight: raw.highlight === undefined ? focus : highlight,
		arcs,
		camera,
		explore: explore === 'true',
		mapDescription: text(raw.mapDescription) ?? ''
	};
}

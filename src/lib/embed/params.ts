import { THEMES, type Theme } from '../geo/palette.ts';
import { EMBED_MODES, type EmbedMode } from './kinds.ts';

/** What an /embed address asks for, read from its query string. */
export interface EmbedParams {
	mode: EmbedMode;
	theme: Theme;
	/** Indexes into the story's steps, in story order. */
	steps: number[];
	/** Position in `steps` to start at. */
	start: number;
	/** Plain-text notices for values that were not understood (shown to the reader, never as HTML). */
	notices: string[];
}

const KNOWN = new Set([
	'step',
	'steps',
	'theme',
	'mode',
	'childId',
	'initialWidth',
	'parentTitle',
	'parentUrl'
]);

/** Quotes a value for a notice, cut short so a hostile parameter cannot flood the page. */
function quote(value: string): string {
	const short = value.length > 40 ? `${value.slice(0, 40)}…` : value;
	return `"${short}"`;
}

export function readEmbedParams(search: URLSearchParams, stepIds: string[]): EmbedParams {
	const notices: string[] = [];

	const modeValue = search.get('mode');
	let mode: EmbedMode = 'stepper';
	if (modeValue !== null && (EMBED_MODES as readonly string[]).includes(modeValue))
		mode = modeValue as EmbedMode;
	else if (modeValue !== null) notices.push(`Unknown mode ${quote(modeValue)}: showing the stepper.`);

	const themeValue = search.get('theme');
	let theme: Theme = 'light';
	if (themeValue !== null && (THEMES as readonly string[]).includes(themeValue)) theme = themeValue as Theme;
	else if (themeValue !== null) notices.push(`Unknown theme ${quote(themeValue)}: using the light theme.`);

	let steps = stepIds.map((_, index) => index);
	const stepsValue = search.get('steps');
	if (stepsValue !== null) {
		const requested = stepsValue
			.split(',')
			.map((id) => id.trim())
			.filter(Boolean);
		const unknown = requested.filter((id) => !stepIds.includes(id));
		if (unknown.length > 0)
			notices.push(`Unknown step ${unknown.map(quote).join(', ')} in "steps": left out.`);
		const chosen = stepIds.map((id, index) => (requested.includes(id) ? index : -1)).filter((i) => i >= 0);
		if (chosen.length > 0) steps = chosen;
		else notices.push('No known steps in "steps": showing every step.');
	}

	let start = 0;
	const stepValue = search.get('step');
	if (stepValue !== null) {
		const position = steps.indexOf(stepIds.indexOf(stepValue));
		if (position >= 0) start = position;
		else notices.push(`Unknown step ${quote(stepValue)}: starting at the first step.`);
	}

	for (const key of search.keys())
		if (!KNOWN.has(key)) notices.push(`Unknown parameter ${quote(key)}: ignored.`);

	return { mode, theme, steps, start, notices };
}

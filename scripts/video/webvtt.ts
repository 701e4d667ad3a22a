/** WebVTT captions: the video's cards as cues, written and read back (the tests read them). */

export interface Cue {
	/** Seconds from the video's start. */
	start: number;
	end: number;
	text: string;
}

function timestamp(seconds: number): string {
	const ms = Math.round(seconds * 1000);
	const pad = (n: number, width = 2) => String(n).padStart(width, '0');
	return `${pad(Math.floor(ms / 3_600_000))}:${pad(Math.floor(ms / 60_000) % 60)}:${pad(Math.floor(ms / 1000) % 60)}.${pad(ms % 1000, 3)}`;
}

/** Cue text is not HTML, but `&`, `<` and `>` must be escaped all the same; blank lines would end the cue. */
function cueText(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.split('\n')
		.filter((line) => line.trim())
		.join('\n');
}

export function toWebVtt(cues: Cue[], lang: string): string {
	const blocks = cues.map(
		(cue, i) => `${i + 1}\n${timestamp(cue.start)} --> ${timestamp(cue.end)}\n${cueText(cue.text)}`
	);
	return `WEBVTT\nLanguage: ${lang}\n\n${blocks.join('\n\n')}\n`;
}

function seconds(stamp: string): number {
	const parts = stamp.split(':').map(Number);
	return parts.reduce((total, part) => total * 60 + part, 0);
}

/** Reads the cues back; throws, naming the line, on anything that is not WebVTT. */
export function parseWebVtt(text: string): Cue[] {
	const lines = text.replace(/\r\n/g, '\n').split('\n');
	if (!/^WEBVTT\b/.test(lines[0])) throw new Error('WebVTT: line 1 must start with "WEBVTT"');
	const cues: Cue[] = [];
	for (let i = 1; i < lines.length; i++) {
		const timing = lines[i].match(/^((?:\d{2,}:)?\d{2}:\d{2}\.\d{3}) --> ((?:\d{2,}:)?\d{2}:\d{2}\.\d{3})/);
		if (!timing) continue;
		const body: string[] = [];
		for (i += 1; i < lines.length && lines[i].trim(); i++) body.push(lines[i]);
		const cue = { start: seconds(timing[1]), end: seconds(timing[2]), text: body.join('\n') };
		if (!(cue.end > cue.start))
			throw new Error(`WebVTT: the cue at line ${i - body.length} ends before it starts`);
		cues.push({
			...cue,
			text: cue.text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')
		});
	}
	return cues;
}

import { EDITIONS, type Edition, type Lang } from './editions.ts';
import { formatDateIn, formatKmIn, formatNumberIn, formatYearIn } from './format.ts';
import type { Messages } from './messages.ts';
import { en } from './messages/en.ts';

/** Everything a view needs to write in an edition's language: its strings, digits, dates and names of kinds. */
export interface Locale {
	lang: Lang;
	edition: Edition;
	t: Messages;
	num: (value: number) => string;
	/** A Gregorian year on an axis: never grouped. */
	year: (value: number) => string;
	/** YYYY-MM-DD or YYYY-MM, as the edition writes dates. */
	date: (value: string) => string;
	km: (value: number) => string;
	/** A place kind ("attack") as shown under its name. */
	kind: (kind: string) => string;
	/** A step's date as shown: "3 Jan 2024", "Reported 25 Jan 2024"; undefined for an undated step. */
	stepDate: (step: { date?: string; dateLabel?: string }) => string | undefined;
}

/**
 * `t`: the edition's strings (loadMessages, or MESSAGES at build time); `kinds`:
 * a translation's names of the place kinds (the original shows the kind itself, capitalised).
 */
export function localeFor(lang: Lang, t: Messages, kinds: Record<string, string> | null = null): Locale {
	return {
		lang,
		edition: EDITIONS[lang],
		t,
		num: (value) => formatNumberIn(value, lang),
		year: (value) => formatYearIn(value, lang),
		date: (value) => formatDateIn(value, lang),
		km: (value) => formatKmIn(value, lang),
		kind: (kind) => kinds?.[kind] ?? kind.charAt(0).toUpperCase() + kind.slice(1),
		stepDate: (step) =>
			step.date ? `${step.dateLabel ? `${step.dateLabel} ` : ''}${formatDateIn(step.date, lang)}` : undefined
	};
}

export const ENGLISH: Locale = localeFor('en', en);

/** What the live region says when a step is shown: where it sits, its date, title and map. */
export function stepAnnouncement(
	step: { date?: string; dateLabel?: string; title: string; mapDescription: string },
	index: number,
	count: number,
	locale: Locale = ENGLISH
): string {
	const position = locale.t.stepOf(locale.num(index + 1), locale.num(count));
	return locale.t.stepAnnouncement(position, locale.stepDate(step), step.title, step.mapDescription);
}

/**
 * The languages the engine can publish a story in: direction, the locale for
 * dates and numbers, and the name a reader looks for in the language switch.
 * A story's editions are the translations it has (see story/translation.ts);
 * a new language also needs its interface strings (messages.ts).
 */
export type Lang = 'en' | 'fa';

export interface Edition {
	lang: Lang;
	dir: 'ltr' | 'rtl';
	/** BCP 47 locale for Intl: digits, calendars, month names. */
	intl: string;
	/** The language's own name, for the switch. */
	name: string;
}

export const EDITIONS: Record<Lang, Edition> = {
	en: { lang: 'en', dir: 'ltr', intl: 'en-GB', name: 'English' },
	fa: { lang: 'fa', dir: 'rtl', intl: 'fa-IR', name: 'فارسی' }
};

/** The original's language: served at the site root. */
export const DEFAULT_LANG: Lang = 'en';

export function isLang(value: string): value is Lang {
	return Object.hasOwn(EDITIONS, value);
}

/** The [[lang]] route parameter for an edition: none for the original, at the root. */
export function langParam(lang: Lang): string | undefined {
	return lang === DEFAULT_LANG ? undefined : lang;
}

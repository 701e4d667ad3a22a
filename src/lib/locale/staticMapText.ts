import type { Lang } from './editions.ts';
import { formatKmIn } from './format.ts';

/**
 * The writing system of a language, for images drawn at build time. Arabic
 * script joins its letters: they need a face that shapes them, no letter
 * spacing (it breaks the joins) and no italics (the script has none).
 */
export type Script = 'latin' | 'arabic';

/**
 * What the static maps write besides the story's own words, per language.
 * Only the build draws these images, so these strings stay out of
 * messages.ts, which every page's scripts carry: import this module from
 * server code and src/lib/geo only.
 */
export interface StaticMapText {
	script: Script;
	/** The credit in a bottom corner (Natural Earth asks for none; we give it). */
	credit: string;
	/** The scale bar's distance, in the language's digits and unit (a round one: 500, 0.2). */
	km: (km: number) => string;
}

export const STATIC_MAP_TEXT: Record<Lang, StaticMapText> = {
	en: { script: 'latin', credit: 'Made with Natural Earth', km: (km) => formatKmIn(km, 'en', 3) },
	fa: {
		script: 'arabic',
		credit: 'ساخته‌شده با داده‌های Natural Earth',
		km: (km) => formatKmIn(km, 'fa', 3)
	}
};

/**
 * The face a static map embeds for a script (a subset of the `vazirmatn`
 * package, SIL OFL 1.1), or null for the reader's system fonts. Keyed by
 * script, not direction: static maps are shown as <img>, which cannot load
 * the page's fonts, and many systems have no face that shapes Arabic script;
 * Latin they all draw. Vazirmatn has only Arabic and Latin, so a
 * right-to-left language in another script (Hebrew) would need a face of its
 * own.
 */
export const SCRIPT_FACE: Record<Script, 'Vazirmatn' | null> = { latin: null, arabic: 'Vazirmatn' };

import type { Lang } from './editions.ts';

/** The kinds of symbol the map's key explains (geo/mapKey.ts), in the order it lists them. */
export const KEY_KINDS = [
	'highlightedPlace',
	'place',
	'uncertain',
	'highlightedCountry',
	'country',
	'territory',
	'route',
	'schematic',
	'province'
] as const;
export type KeyKind = (typeof KEY_KINDS)[number];

/** The words of the key in one edition: its title and a short phrase per kind. */
export interface KeyWords {
	title: string;
	kinds: Record<KeyKind, string>;
}

/**
 * The map key's words, per edition. Like staticMapText.ts, kept out of
 * messages.ts (which every page's first view carries): the build writes them
 * into the static maps and into map-key.json, which the live map's key fetches.
 */
export const KEY_WORDS: Record<Lang, KeyWords> = {
	en: {
		title: 'Key',
		kinds: {
			highlightedPlace: 'Place in focus',
			place: 'Place in the story',
			uncertain: 'Approximate area',
			highlightedCountry: 'Country in focus',
			country: 'Country in the story',
			territory: 'Territory',
			route: 'Link between places',
			schematic: 'Link, route not known',
			province: 'Province boundary'
		}
	},
	fa: {
		title: 'راهنما',
		kinds: {
			highlightedPlace: 'مکان مورد تأکید',
			place: 'مکان در روایت',
			uncertain: 'محدودهٔ تقریبی',
			highlightedCountry: 'کشور مورد تأکید',
			country: 'کشور در روایت',
			territory: 'سرزمین',
			route: 'پیوند میان مکان‌ها',
			schematic: 'پیوند، مسیر نامعلوم',
			province: 'مرز استان'
		}
	}
};

import { formatDate, formatMonthOrDate, isIsoDate } from '../story/dates.ts';
import { EDITIONS, type Lang } from './editions.ts';

const DAY = { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' } as const;
const MONTH = { month: 'long', year: 'numeric', timeZone: 'UTC' } as const;

/**
 * Formatters are made once per edition and options: making one costs far more
 * than formatting with it (on a throttled phone, a hundred milliseconds of
 * hydration went to remaking them for every number on the page).
 */
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function made<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
	let formatter = formatters.get(key) as T | undefined;
	if (!formatter) formatters.set(key, (formatter = make()));
	return formatter;
}

const numberFormat = (intl: string, options: Intl.NumberFormatOptions) =>
	made(`n ${intl} ${JSON.stringify(options)}`, () => new Intl.NumberFormat(intl, options));

const dateFormat = (intl: string, options: Intl.DateTimeFormatOptions) =>
	made(`d ${intl} ${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(intl, options));

function utc(value: string): Date {
	const [year, month, day = 1] = value.split('-').map(Number);
	return new Date(Date.UTC(year, month - 1, day));
}

/**
 * A date (YYYY-MM-DD or YYYY-MM) as the edition writes it. English: "3 Jan
 * 2024", the same on every machine. Persian: the Solar Hijri date in Persian
 * digits, the calendar named, and the Gregorian date after it, since the
 * story's sources date events that way: "۱۳ دی ۱۴۰۲ خورشیدی (۳ ژانویهٔ ۲۰۲۴)"; a
 * month alone is Gregorian, named as such.
 */
export function formatDateIn(value: string, lang: Lang): string {
	if (lang === 'en') return isIsoDate(value) ? formatDate(value) : formatMonthOrDate(value);
	const intl = EDITIONS[lang].intl;
	// A Gregorian month spans two Solar Hijri months: a month alone stays Gregorian, and says so.
	if (!isIsoDate(value))
		return `${dateFormat(intl, { ...MONTH, calendar: 'gregory' }).format(utc(value))} میلادی`;
	const solar = dateFormat(intl, DAY).format(utc(value));
	const gregorian = dateFormat(intl, { ...DAY, calendar: 'gregory' }).format(utc(value));
	return `${solar} خورشیدی (${gregorian})`;
}

/** The Gregorian date alone, in the edition's digits and month names (tooltips, machine-readable twins). */
export function formatGregorianIn(value: string, lang: Lang): string {
	if (lang === 'en') return formatDateIn(value, lang);
	const options = isIsoDate(value) ? DAY : MONTH;
	return dateFormat(EDITIONS[lang].intl, { ...options, calendar: 'gregory' }).format(utc(value));
}

/** Each edition's digits and thousands separator, as Intl writes them (a unit test holds them equal). */
const NUMERALS: Record<Lang, { digits: string; group: string }> = {
	en: { digits: '0123456789', group: ',' },
	fa: { digits: '۰۱۲۳۴۵۶۷۸۹', group: '٬' }
};

/**
 * Counts and years written by hand: the page's first Intl formatter loads the
 * locale's data, a long task in the middle of hydration on a phone. Negative,
 * huge or odd values go to Intl.
 */
function wholeNumber(value: number, lang: Lang, grouping: boolean): string | undefined {
	if (!Number.isFinite(value) || value < 0 || value >= 1e15) return undefined;
	if (!grouping && !Number.isInteger(value)) return undefined; // a year is whole; anything else, as Intl writes it
	const { digits, group } = NUMERALS[lang];
	const ascii = String(Math.round(value));
	const grouped = grouping ? ascii.replace(/\B(?=(\d{3})+$)/g, ',') : ascii;
	return grouped.replace(/[\d,]/g, (c) => (c === ',' ? group : digits[Number(c)]));
}

/** Whole numbers with the edition's digits and grouping: "1,340", "۱٬۳۴۰". */
export function formatNumberIn(value: number, lang: Lang): string {
	return (
		wholeNumber(value, lang, true) ??
		numberFormat(EDITIONS[lang].intl, { maximumFractionDigits: 0 }).format(value)
	);
}

/** A year as a label, in the edition's digits and never grouped: "2024", "۲۰۲۴". */
export function formatYearIn(year: number, lang: Lang): string {
	return (
		wholeNumber(year, lang, false) ?? numberFormat(EDITIONS[lang].intl, { useGrouping: false }).format(year)
	);
}

/** A distance in kilometres: "1,340 km", "۱٬۳۴۰ کیلومتر"; whole unless `fractionDigits` asks for more. */
export function formatKmIn(km: number, lang: Lang, fractionDigits = 0): string {
	return numberFormat(EDITIONS[lang].intl, {
		style: 'unit',
		unit: 'kilometer',
		unitDisplay: lang === 'en' ? 'short' : 'long',
		maximumFractionDigits: fractionDigits
	}).format(km);
}

import { formatDate, formatMonthOrDate, isIsoDate } from '../story/dates.ts';
import { EDITIONS, type Lang } from './editions.ts';

const DAY = { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' } as const;
const MONTH = { month: 'long', year: 'numeric', timeZone: 'UTC' } as const;

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
		return `${new Intl.DateTimeFormat(intl, { ...MONTH, calendar: 'gregory' }).format(utc(value))} میلادی`;
	const solar = new Intl.DateTimeFormat(intl, DAY).format(utc(value));
	const gregorian = new Intl.DateTimeFormat(intl, { ...DAY, calendar: 'gregory' }).format(utc(value));
	return `${solar} خورشیدی (${gregorian})`;
}

/** The Gregorian date alone, in the edition's digits and month names (tooltips, machine-readable twins). */
export function formatGregorianIn(value: string, lang: Lang): string {
	if (lang === 'en') return formatDateIn(value, lang);
	const options = isIsoDate(value) ? DAY : MONTH;
	return new Intl.DateTimeFormat(EDITIONS[lang].intl, { ...options, calendar: 'gregory' }).format(utc(value));
}

/** Whole numbers with the edition's digits and grouping: "1,340", "۱٬۳۴۰". */
export function formatNumberIn(value: number, lang: Lang): string {
	return new Intl.NumberFormat(EDITIONS[lang].intl, { maximumFractionDigits: 0 }).format(value);
}

/** A year as a label, in the edition's digits and never grouped: "2024", "۲۰۲۴". */
export function formatYearIn(year: number, lang: Lang): string {
	return new Intl.NumberFormat(EDITIONS[lang].intl, { useGrouping: false }).format(year);
}

/** A distance in kilometres: "1,340 km", "۱٬۳۴۰ کیلومتر"; whole unless `fractionDigits` asks for more. */
export function formatKmIn(km: number, lang: Lang, fractionDigits = 0): string {
	return new Intl.NumberFormat(EDITIONS[lang].intl, {
		style: 'unit',
		unit: 'kilometer',
		unitDisplay: lang === 'en' ? 'short' : 'long',
		maximumFractionDigits: fractionDigits
	}).format(km);
}
